// The `astro build` step of `npm run build`, after the content check (which runs first, as its own step: nothing is
// built from content it refuses). Astro is told the check has run (CONTENT_CHECKED=1: its gate in astro.config.mjs
// skips a second pass) and runs with --expose-gc, so that one full collection between bundling and rendering
// lowers the build's peak memory (src/build/release-memory.ts). Node's pool of I/O threads is cut to one
// (UV_THREADPOOL_SIZE, unless set): with many pages in flight (astro.config.mjs), four threads writing into the
// same folders at once slowed the build on two cores, and one thread writing them in turn keeps up (docs/performance.md).
// Usage: node scripts/build.ts [astro build options, e.g. --outDir <dir>]
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
const run = spawnSync(process.execPath, ['--expose-gc', astro, 'build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CONTENT_CHECKED: '1', UV_THREADPOOL_SIZE: process.env.UV_THREADPOOL_SIZE ?? '1' },
});
if (run.error) console.error(`astro build did not start: ${run.error.message}`);
process.exitCode = run.status ?? 1;
