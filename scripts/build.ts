// `npm run build` (before the search index): the content check and `astro build` at once, on two cores, with the
// check's verdict first. A failed check stops the build and leaves no output folder; see scripts/lib/checked-build.ts.
// Usage: node scripts/build.ts [astro build options, e.g. --outDir <dir>]
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { checkedBuild } from './lib/checked-build.ts';
import { resolveOutDir } from './lib/pagefind-build.ts';

const astroArgs = process.argv.slice(2);
const astroPackage = createRequire(import.meta.url).resolve('astro/package.json');
// Astro's colours survive the pipe when the build runs in a terminal.
const colour = process.stdout.isTTY && !process.env.NO_COLOR ? { FORCE_COLOR: process.env.FORCE_COLOR ?? '1' } : {};

const root = optionValue(astroArgs, '--root');
const { code } = await checkedBuild({
  // The check reads the project Astro builds (CONTENT_ROOT, the current folder by default).
  check: { file: process.execPath, args: [join(import.meta.dirname, 'check-content.ts')], env: root ? { ...process.env, CONTENT_ROOT: root } : process.env },
  // The gate in astro.config.mjs would run the same check again inside the build: CONTENT_CHECKED says it ran here.
  build: {
    file: process.execPath,
    // --expose-gc: one full collection between bundling and rendering lowers the build's peak memory
    // (src/build/release-memory.ts).
    args: ['--expose-gc', join(dirname(astroPackage), 'bin/astro.mjs'), 'build', ...astroArgs],
    env: { ...process.env, ...colour, CONTENT_CHECKED: '1' },
  },
  // Astro's --outDir is relative to --root (the project, by default here).
  outDir: resolve(root ?? '.', resolveOutDir(astroArgs, {})),
});
process.exitCode = code;

/** The value of `--name value` or `--name=value` among the arguments. */
function optionValue(args: readonly string[], name: string): string | undefined {
  for (let i = 0; i < args.length; i++) {
    if (args[i] === name) return args[i + 1];
    if (args[i]!.startsWith(`${name}=`)) return args[i]!.slice(name.length + 1);
  }
  return undefined;
}
