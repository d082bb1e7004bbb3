// The `astro build` step of `npm run build`, after the content check (which runs first, as its own step: nothing is
// built from content it refuses). Astro is told the check has run (CONTENT_CHECKED=1: its gate in astro.config.mjs
// skips a second pass) and runs with --expose-gc, so that one full collection between bundling and rendering
// lowers the build's peak memory (src/build/release-memory.ts).
// Usage: node scripts/build.ts [astro build options, e.g. --outDir <dir>]
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
const run = spawnSync(process.execPath, ['--expose-gc', astro, 'build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CONTENT_CHECKED: '1' },
});
if (run.error) console.error(`astro build did not start: ${run.error.message}`);
process.exitCode = run.status ?? 1;
