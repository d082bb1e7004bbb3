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
import { devProblems } from './dev-problems.ts';
import { devSearch } from './dev-search.ts';

/** Runs the check over the project at `root` (a file URL or path). */
type RunCheck = (root: URL | string) => CheckReport;

async function loadContentCheck(): Promise<RunCheck> {
  const [{ checkContent }, { checkReport }] = await Promise.all([
    import('../../scripts/lib/content-check/index.ts'),
    import('../../scripts/lib/content-check/report.ts'),
  ]);
  return (root) => checkReport(checkContent({ root: typeof root === 'string' ? root : fileURLToPath(root) }));
}

/**
 * The check's code, loaded with this file unless `npm run build` has run the check already (CONTENT_CHECKED=1):
 * then Astro's process never loads it, which saved about a second of every build's start and some 60–90 MB
 * (docs/performance.md). It is loaded here, while Astro reads its config, and not in a hook: by the time the hooks
 * run, Astro may have closed the loader that read the config.
 */
export const runContentCheck: RunCheck | undefined = process.env.CONTENT_CHECKED === '1' ? undefined : await loadContentCheck();

export function contentGate(): AstroIntegration {
  let root: URL;
  return {
    name: 'content-gate',
    hooks: {
      // Runs at config time, before Astro syncs the content layer, so that a YAML slip gets the check's message
      // (file, line, field, the fix, in both languages) rather than the YAML reader's bare one.
      'astro:config:setup': ({ config, command, logger }) => {
        root = config.root;
        if (command !== 'build') return;
        // `npm run build` runs the check itself first, as its own step, and says so: no second pass.
        if (process.env.CONTENT_CHECKED === '1' || !runContentCheck) return;
        const report = runContentCheck(root);
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
      'astro:server:setup': ({ server, logger }) => {
        const search = devSearch(server, logger.fork('dev-search'));
        if (runContentCheck) devProblems(server, logger, () => runContentCheck(root), search.rebuild);
        else logger.warn('CONTENT_CHECKED=1 is set: the preview does not check content. / 已设置 CONTENT_CHECKED=1：预览不检查内容。');
      },
    },
  };
}
