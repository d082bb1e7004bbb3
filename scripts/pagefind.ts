// Indexes the built site for search; runs after `astro build` (see package.json). One index per language, from each
// page's <html lang>; only the parts marked `data-pagefind-body` are indexed. Chinese needs the extended binary.
// Usage: node scripts/pagefind.ts [--outDir <dir>]   (or DIST_DIR=<dir>; default dist)
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { extendedBinary, resolveOutDir, summarise } from './lib/pagefind-build.ts';

const outDir = resolveOutDir(process.argv.slice(2), process.env);
if (!existsSync(join(outDir, 'index.html'))) {
  console.error(`pagefind: no built site in ${outDir}/ — run \`astro build\` first (or pass --outDir).`);
  process.exit(1);
}
process.env.PAGEFIND_EXTENDED_BINARY_PATH ??= extendedBinary();

const bundleDir = join(outDir, 'pagefind');
rmSync(bundleDir, { recursive: true, force: true });

const fail = (step: string, errors: string[]) => {
  console.error(`pagefind: ${step} failed:\n  ${errors.join('\n  ')}`);
  process.exit(1);
};
const { index, errors } = await pagefind.createIndex({});
if (!index || errors.length) fail('createIndex', errors);
const added = await index!.addDirectory({ path: outDir });
if (added.errors.length) fail('addDirectory', added.errors);
if (added.page_count === 0) fail('addDirectory', [`no page in ${outDir}/ has data-pagefind-body`]);
const written = await index!.writeFiles({ outputPath: bundleDir });
if (written.errors.length) fail('writeFiles', written.errors);
await pagefind.close();

const entry = JSON.parse(readFileSync(join(bundleDir, 'pagefind-entry.json'), 'utf8'));
for (const { language, pages, bytes } of summarise(bundleDir, entry)) {
  console.log(`pagefind: ${language}: ${pages} pages, index ${(bytes / 1024).toFixed(1)} KiB`);
}
console.log(`pagefind: wrote ${bundleDir}/`);
