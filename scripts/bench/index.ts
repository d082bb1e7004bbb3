/**
 * `npm run bench`: for each N, builds a copy of the project with a synthetic news archive of N items per language
 * and a bare Astro project with the same news (the baseline), alternately and several times each; reports medians,
 * spread, ratios and cost per page, and says when the machine was too loaded to judge. At the N closest to 1,000 it
 * times search in Chromium and scores pages with Lighthouse; prints tables and writes JSON. See docs/performance.md.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_FLAGS, findChromium } from '../../tests/e2e/support/browser.ts';
import { audit, startChrome, type AuditResult } from '../lib/lighthouse.ts';
import { parseArgs, USAGE } from './args.ts';
import { buildSize, type BuiltSize } from './builds.ts';
import { renderReport, type BenchResult } from './report.ts';
import { HEADER_BOX, measureApi, measureUi, SEARCH_PAGE, type SearchLang, type SearchMeasure } from './search.ts';
import { serveStatic } from './serve.ts';
import { formatRatio } from './stats.ts';
import { MIN_RUNS, ratioGrowth, targetItems } from './summary.ts';
import { localized } from '../../src/i18n/locales.ts';
import { checkTargets, type SearchFigures } from './targets.ts';

const log = (message: string) => console.error(`bench: ${message}`);

function machine(): BenchResult['machine'] {
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  const cpu = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? cpus()[0]?.model ?? 'unknown CPU';
  let chromiumVersion: string | undefined;
  try {
    chromiumVersion = execFileSync(findChromium(), ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    chromiumVersion = undefined;
  }
  return {
    cpu,
    cores: availableParallelism(),
    memory: `${(totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    node: process.version,
    chromium: chromiumVersion,
    os: `${platform()} ${release()}`,
    loadBefore: loadavg(),
  };
}

/** A page of the synthetic archive in each language, if the build has news pages. */
function syntheticPage(dist: string, slug: string): Record<SearchLang, string> | undefined {
  const paths = localized((lang) => `${lang}/news/${slug}/`);
  return Object.values(paths).every((p) => existsSync(join(dist, p, 'index.html'))) ? paths : undefined;
}

/** One search measure's figures for the targets; undefined when it did not run. */
function figures(measure: SearchMeasure | undefined, basis: string): SearchFigures | undefined {
  if (!measure || measure.skipped) return undefined;
  const measured = measure.queries.filter((q) => q.ms !== undefined);
  return { ms: measured.map((q) => q.ms!), bytes: measured.map((q) => q.bytes!), failedRuns: measure.queries.reduce((n, q) => n + (q.failures ?? 0), 0), basis };
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2), process.cwd());
  if (options.help) {
    console.log(USAGE);
    return;
  }
  const project = resolve(options.project);
  if (!existsSync(join(project, 'node_modules'))) throw new Error(`${project} has no node_modules: run npm ci there first`);
  const base = (process.env.BASE ?? '/').replace(/\/?$/, '/');
  const cores = availableParallelism();
  const searchItems = targetItems(options.items);
  const result: BenchResult = {
    schema: 2,
    startedAt: new Date().toISOString(),
    machine: machine(),
    options: { items: options.items, seed: options.seed, runs: options.runs, repeat: options.repeat, project, searchItems },
    sizes: [],
    search: { site: [], baseline: [] },
    lighthouse: { audits: [] },
    targets: [],
    notes: [],
  };

  const tmp = mkdtempSync(join(tmpdir(), 'invest-changping-bench-'));
  let browser: Browser | undefined;
  const cleanups: (() => Promise<void>)[] = [];
  try {
    let measured: BuiltSize | undefined;
    for (const items of options.items) {
      const built = await buildSize(project, join(tmp, `n${items}`), items, options, cores, log);
      result.sizes.push(built.result);
      if (items === searchItems) measured = built;
      else if (!options.keep) rmSync(join(tmp, `n${items}`), { recursive: true, force: true });
    }
    result.growth = ratioGrowth(result.sizes.map((s) => s.summary), options.runs);
    const { siteDir, baselineDir, slug, result: target } = measured!;

    const siteIndexed = target.site.index.bytes > 0;
    const siteNews = syntheticPage(join(siteDir, 'dist'), slug);
    if (!siteIndexed) result.notes.push('The site build wrote no dist/pagefind: scripts/pagefind.ts does not index yet in this checkout, so the full-build ratio is not comparable and site search cannot be measured.');
    if (!siteNews) result.notes.push('The site build has no /<lang>/news/<slug>/ pages: the news route is not in this checkout, so the site renders none of the synthetic items (the baseline does).');
    for (const size of result.sizes) {
      if (size.summary.tooLoaded.length) result.notes.push(`N = ${size.items}: the machine was too loaded to judge: ${size.summary.tooLoaded.join('; ')}. Run again on a quieter machine.`);
    }
    if (options.runs < MIN_RUNS) result.notes.push(`${options.runs} run(s) per side: the build figures are indicative; a target figure needs --runs ${MIN_RUNS} or more.`);

    if (options.skipBrowser) result.search.skipped = '--skip-browser';
    else {
      browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_FLAGS });
      const siteServer = await serveStatic(join(siteDir, 'dist'), base);
      cleanups.push(() => siteServer.close());
      log(`search: site search page at ${siteServer.url}<lang>/search/`);
      result.search.site.push(await measureUi(browser, siteServer, options.repeat, SEARCH_PAGE));
      log(`search: site header box at ${siteServer.url}<lang>/about/`);
      result.search.site.push(await measureUi(browser, siteServer, options.repeat, HEADER_BOX));
      log('search: site, Pagefind API');
      result.search.site.push(await measureApi(browser, siteServer, localized((lang) => `${lang}/`), options.repeat));
      if (baselineDir) {
        const baselineServer = await serveStatic(join(baselineDir, 'dist'), base);
        cleanups.push(() => baselineServer.close());
        log('search: baseline, Pagefind API');
        const page = syntheticPage(join(baselineDir, 'dist'), slug)!;
        result.search.baseline.push(await measureApi(browser, baselineServer, page, options.repeat));
      }
    }

    if (options.skipLighthouse) result.lighthouse.skipped = '--skip-lighthouse';
    else {
      const server = await serveStatic(join(siteDir, 'dist'), base);
      cleanups.push(() => server.close());
      const chrome = await startChrome();
      cleanups.push(() => chrome.close());
      const pages = ['zh-cn/', 'en/', ...(siteNews ? [siteNews['zh-cn'], siteNews.en] : [])];
      if (!siteNews) result.notes.push('Lighthouse ran on the home pages only: no news article in this checkout.');
      for (const preset of ['mobile', 'desktop'] as const) {
        for (const page of pages) {
          log(`lighthouse: ${preset} /${page}`);
          try {
            result.lighthouse.audits.push(await audit(chrome.port, server.url + page, ['performance', 'accessibility', 'best-practices', 'seo'], preset));
          } catch (error) {
            result.lighthouse.audits.push({ url: server.url + page, preset, scores: {}, failing: {}, runtimeError: String(error) } satisfies AuditResult);
          }
        }
      }
    }

    const r = target.summary.ratio;
    result.targets = checkTargets({
      build: r && {
        items: target.items,
        runs: options.runs,
        ratio: siteIndexed ? r.wall : Number.NaN,
        basis: `wall clock, medians; CPU ${formatRatio(r.buildCpu)} (astro step alone ${formatRatio(r.cpu)}), astro step wall ${formatRatio(r.astroWall)}`,
        tooLoaded: target.summary.tooLoaded,
        memoryRatio: r.rss,
      },
      growth: result.growth,
      searchPage: figures(result.search.site.find((m) => m.mode === 'ui'), 'search page'),
      headerBox: figures(result.search.site.find((m) => m.mode === 'header'), 'header box'),
    });
    for (const measure of [...result.search.site, ...result.search.baseline]) {
      for (const q of measure.queries) {
        if (q.error) result.notes.push(`search ${measure.mode} "${q.query}": every run failed: ${q.error}`);
        else if (q.failures) result.notes.push(`search ${measure.mode} "${q.query}": ${q.failures} of ${options.repeat} runs failed (${q.lastError}); the figure is from the others`);
      }
    }
    for (const a of result.lighthouse.audits) if (a.runtimeError) result.notes.push(`lighthouse ${a.url}: ${a.runtimeError}`);
  } finally {
    await browser?.close();
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
    result.finishedAt = new Date().toISOString();
    result.machine.loadAfter = loadavg();
    if (options.keep) log(`kept ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }

  console.log(renderReport(result));
  const json = resolve(options.json);
  mkdirSync(dirname(json), { recursive: true });
  writeFileSync(json, `${JSON.stringify(result, null, 2)}\n`);
  log(`wrote ${json}`);
}

main().catch((error) => {
  console.error(`bench: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
