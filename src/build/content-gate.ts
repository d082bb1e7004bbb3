/**
 * One gate for every way to publish: the content check (scripts/lib/content-check/, the same schemas and
 * messages as `npm run check:content`) runs before every `astro build` and stops it on errors, printing the
 * reminders. Under `astro dev` it runs on start and again whenever a file under src/content changes, and the dev
 * server shows what it finds in the browser (src/build/dev-problems.ts) and rebuilds its search index
 * (src/build/dev-search.ts).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { CheckReport } from '../../scripts/lib/content-check/report.ts';

/**
 * The check, loaded when a hook needs it: `npm run build` has run it already (CONTENT_CHECKED=1) and never loads
 * its code into Astro's process, which saved about a second of every build's start (docs/performance.md).
 */
export async function loadContentCheck(): Promise<(root: URL | string) => CheckReport> {
  const [{ checkContent }, { checkReport }] = await Promise.all([
    import('../../scripts/lib/content-check/index.ts'),
    import('../../scripts/lib/content-check/report.ts'),
  ]);
  return (root) => checkReport(checkContent({ root: typeof root === 'string' ? root : fileURLToPath(root) }));
}

export function contentGate(): AstroIntegration {
  let root: URL;
  return {
    name: 'content-gate',
    hooks: {
      // Runs at config time, before Astro syncs the content layer, so that a YAML slip gets the check's message
      // (file, line, field, the fix, in both languages) rather than the YAML reader's bare one.
      'astro:config:setup': async ({ config, command, logger }) => {
        root = config.root;
        if (command !== 'build') return;
        // `npm run build` runs the check itself, beside Astro (scripts/build.ts), and says so: no second pass.
        if (process.env.CONTENT_CHECKED === '1') return;
        const report = (await loadContentCheck())(root);
        if (report.errors) {
          console.error(report.text);
          throw new Error(
            `The content check found ${report.errors} problem(s): fix them (listed above), then build again. ` +
              `内容检查发现 ${report.errors} 个问题（见上）：修正后再构建。`,
          );
        }
        if (report.warnings) console.warn(report.text);
        else logger.info(report.text.split('\n')[0]!);
      },
      'astro:server:setup': async ({ server, logger }) => {
        const [check, { devProblems }, { devSearch }] = await Promise.all([loadContentCheck(), import('./dev-problems.ts'), import('./dev-search.ts')]);
        const search = devSearch(server, logger.fork('dev-search'));
        devProblems(server, logger, () => check(root), search.rebuild);
      },
    },
  };
}
