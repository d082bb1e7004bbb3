// `npm run test:subpath`: builds the site as it would be served from a sub-path (BASE=/changping/, as on GitHub
// Pages) into dist-subpath/, indexes it for search, and runs the link and sub-path browser tests against it, so no
// link, asset, feed, sitemap entry or search result escapes the sub-path.
import { spawnSync } from 'node:child_process';

const base = process.env.SUBPATH_BASE ?? '/changping/';
const outDir = 'dist-subpath';
const port = String(Number(process.env.PREVIEW_PORT ?? 4321) + 100);
const env = { ...process.env, BASE: base, DIST_DIR: outDir, PREVIEW_PORT: port, CI: process.env.CI ?? '1' };

function run(command: string, args: string[]) {
  console.log(`test:subpath: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run('npx', ['astro', 'build', '--outDir', outDir]);
run('node', ['scripts/pagefind.ts', '--outDir', outDir]);
run('npx', ['playwright', 'test', 'tests/e2e/links.spec.ts', 'tests/e2e/subpath.spec.ts']);
