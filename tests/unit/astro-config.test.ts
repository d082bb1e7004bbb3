import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/**
 * Astro reads astro.config.mjs with Node's own loader when it can, and otherwise starts a Vite server just to read
 * it: about 0.4 s more on every build and every start of the dev server (docs/performance.md). Node's loader needs
 * every import of the config, and of the files they import, to name its file (`./locales.ts`, not `./locales`), and
 * no Vite-only code (`import.meta.glob`, `~/` paths, `astro:` modules).
 */
function loadConfigWithNode(env: Record<string, string | undefined>) {
  const script = "const { default: config } = await import('./astro.config.mjs'); console.log(JSON.stringify(Object.keys(config)));";
  return spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: process.cwd(),
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
}

describe('astro.config.mjs', () => {
  it.each([
    ['after `npm run build` has run the check (CONTENT_CHECKED=1)', { CONTENT_CHECKED: '1' }],
    ['with the content check (astro dev, a plain astro build)', { CONTENT_CHECKED: undefined }],
  ])('loads with Node’s own loader, without Vite, %s', (_when, env) => {
    const run = loadConfigWithNode(env);
    expect(run.stderr, 'Node could not load the config: an import without its file extension, or Vite-only code?').toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(expect.arrayContaining(['site', 'integrations', 'security', 'markdown']));
  });
});
