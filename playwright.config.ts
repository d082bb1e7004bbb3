import { defineConfig } from '@playwright/test';
import { CHROMIUM_FLAGS, findChromium } from './tests/e2e/support/browser';

const port = Number(process.env.PREVIEW_PORT ?? 4321);
const base = process.env.BASE ?? '/';
/** DIST_DIR serves another build (the sub-path build in dist-subpath/, see scripts/test-subpath.ts). */
const outDir = process.env.DIST_DIR ? ` --outDir ${process.env.DIST_DIR} --ignore-lock` : '';

/** End-to-end tests run against `astro preview` of the production build in dist/, never the dev server. */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}${base}`,
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_FLAGS },
    serviceWorkers: 'block',
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${port}${outDir}`,
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
