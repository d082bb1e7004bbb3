// Indexes the built site for search; runs after `astro build` (see package.json). One index per language, from each
// page's <html lang>; only the parts marked `data-pagefind-body` are indexed. Chinese needs the extended binary,
// which runs here as Pagefind's own command line (the same index as its Node API writes, and a child process the
// caller waits for, so `npm run bench` can count its CPU time and memory).
// Usage: node scripts/pagefind.ts [--outDir <dir>]   (or DIST_DIR=<dir>; default dist)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { extendedBinary, resolveOutDir, summarise } from './lib/pagefind-build.ts';

const outDir = resolveOutDir(process.argv.slice(2), process.env);
if (!existsSync(join(outDir, 'index.html'))) {
  console.error(`pagefind: no built site in ${outDir}/ — run \`astro build\` first (or pass --outDir).`);
  process.exit(1);
}

const bundleDir = join(outDir, 'pagefind');
rmSync(bundleDir, { recursive: true, force: true });

const run = spawnSync(extendedBinary(), ['--site', outDir, '--output-path', bundleDir, '--quiet'], { stdio: 'inherit' });
if (run.error || run.status !== 0) {
  console.error(`pagefind: indexing failed (${run.error?.message ?? `exit code ${run.status}`})`);
  process.exit(1);
}
if (!existsSync(join(bundleDir, 'pagefind-entry.json'))) {
  console.error(`pagefind: no index written: no page in ${outDir}/ has data-pagefind-body`);
  process.exit(1);
}

const entry = JSON.parse(readFileSync(join(bundleDir, 'pagefind-entry.json'), 'utf8'));
const languages = summarise(bundleDir, entry);
if (!languages.some(({ pages }) => pages > 0)) {
  console.error(`pagefind: no page in ${outDir}/ has data-pagefind-body`);
  process.exit(1);
}
for (const { language, pages, bytes } of languages) {
  console.log(`pagefind: ${language}: ${pages} pages, index ${(bytes / 1024).toFixed(1)} KiB`);
}
console.log(`pagefind: wrote ${bundleDir}/`);
