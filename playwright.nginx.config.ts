import { defineConfig } from '@playwright/test';
import { CHROMIUM_FLAGS, findChromium } from './tests/e2e/support/browser';
import { nginxPort } from './scripts/lib/nginx-port';

const port = nginxPort(process.env);
/** SERVED_URL checks a site already online (after a deploy) instead of starting nginx: see docs/deploy.md. */
const served = process.env.SERVED_URL?.replace(/\/?$/, '/');

/**
 * The serving tests (tests/nginx/): real nginx serves the build in dist/ with the configuration `npm run nginx:config`
 * generates (scripts/serve-nginx.ts starts it in a temporary folder and removes it afterwards). A focused set: headers,
 * the policy in Chromium, 404, redirects, caching, compression, MIME types and search; the rest runs in tests/e2e/.
 */
export default defineConfig({
  testDir: 'tests/nginx',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: served ?? `http://127.0.0.1:${port}/`,
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_FLAGS },
    serviceWorkers: 'block',
  },
  projects: [{ name: 'nginx', use: { browserName: 'chromium' } }],
  webServer: served ? undefined : {
    command: 'npx node scripts/serve-nginx.ts',
    url: `http://127.0.0.1:${port}/`,
    // Never another server that happens to listen on the port: these tests are about this nginx and this config.
    reuseExistingServer: false,
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    timeout: 30_000,
  },
});
