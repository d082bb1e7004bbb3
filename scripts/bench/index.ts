/**
 * `npm run bench`: builds a copy of the project with a synthetic news archive of N items per language, and a
 * bare Astro project with the same news (the baseline); times both, measures memory and the search index, times
 * search in Chromium, scores pages with Lighthouse; prints tables and writes JSON. See docs/performance.md.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_FLAGS, findChromium } from '../../tests/e2e/support/browser.ts';
import { audit, startChrome, type AuditResult } from '../lib/lighthouse.ts';
import { parseArgs, USAGE } from './args.ts';
import { BASELINE_STEPS, buildSteps, copyProject, createBaseline, firstSourceId, readPackageJson, writeItems } from './fixture.ts';
import { renderReport, type BenchResult, type BuildSide } from './report.ts';
import { dirSize, scriptEnv, timedBuild, type BuildRun } from './run.ts';
import { measureApi, measureUi, type SearchLang, type SearchMeasure } from './search.ts';
import { serveStatic } from './serve.ts';
import { ratio } from './stats.ts';
import { BENCH_EDITIONS, syntheticItems } from './synthetic.ts';
import { localized } from '../../src/i18n/locales.ts';
import { checkTargets } from './targets.ts';

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

function countHtml(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html')).length;
}

function indexSizes(dist: string): BuildSide['index'] {
  const root = join(dist, 'pagefind');
  const { bytes, files } = dirSize(root);
  const perLanguage: Record<string, number> = {};
  if (existsSync(root)) {
    for (const lang of BENCH_EDITIONS) {
      perLanguage[lang] = ['index', 'fragment', '.']
        .map((sub) => join(root, sub))
        .filter(existsSync)
        .flatMap((dir) => readdirSync(dir).filter((name) => name.startsWith(`${lang}_`) || name.startsWith(`pagefind.${lang}_`)).map((name) => statSync(join(dir, name)).size))
        .reduce((a, b) => a + b, 0);
    }
  }
  return { bytes, files, perLanguage };
}

function side(dir: string, steps: string[], runs: BuildRun[]): BuildSide {
  const best = runs.reduce((a, b) => (b.totalMs < a.totalMs ? b : a));
  const dist = join(dir, 'dist');
  return { steps, runs, best, pages: countHtml(dist), distBytes: dirSize(dist).bytes, index: indexSizes(dist) };
}

/** A page of the synthetic archive in each language, if the build has news pages. */
function syntheticPage(dist: string, slug: string): Record<SearchLang, string> | undefined {
  const paths = localized((lang) => `${lang}/news/${slug}/`);
  return Object.values(paths).every((p) => existsSync(join(dist, p, 'index.html'))) ? paths : undefined;
}

/** What to say next to the wall-clock build ratio: the CPU-time ratio, or the astro-only ratio when that is all there is. */
function ratioBasis(r: BenchResult['ratio']): string | undefined {
  if (!r) return undefined;
  const x = (v: number | undefined) => (v !== undefined && Number.isFinite(v) ? `${v.toFixed(2)}×` : '–');
  if (r.full === undefined) return `astro build alone: ${x(r.astro)} wall, ${x(r.astroCpu)} CPU`;
  return `wall clock; astro build alone: ${x(r.astro)} wall, ${x(r.astroCpu)} CPU`;
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
  const result: BenchResult = {
    schema: 1,
    startedAt: new Date().toISOString(),
    machine: machine(),
    options: { items: options.items, seed: options.seed, runs: options.runs, repeat: options.repeat, project },
    content: { itemsPerLanguage: options.items, filesWritten: 0, bodyChars: { min: 0, max: 0, mean: 0 } },
    search: { site: [], baseline: [] },
    lighthouse: { audits: [] },
    targets: [],
    notes: [],
  };

  const tmp = mkdtempSync(join(tmpdir(), 'invest-changping-bench-'));
  const siteDir = join(tmp, 'site');
  const baselineDir = join(tmp, 'baseline');
  let browser: Browser | undefined;
  const cleanups: (() => Promise<void>)[] = [];
  try {
    log(`copying ${project} to ${siteDir}`);
    copyProject(project, siteDir);
    const sourceId = firstSourceId(readFileSync(join(siteDir, 'src/content/sources/sources.yaml'), 'utf8'));
    const items = syntheticItems(options.items, options.seed, sourceId);
    result.content.filesWritten = writeItems(siteDir, items);
    const lengths = items.flatMap((item) => Object.values(item.bodyLength));
    result.content.bodyChars = {
      min: Math.min(...lengths),
      max: Math.max(...lengths),
      mean: Math.round(lengths.reduce((a, b) => a + b, 0) / lengths.length),
    };
    log(`wrote ${result.content.filesWritten} synthetic news files (citing ${sourceId})`);
    if (!options.skipBaseline) createBaseline(project, baselineDir, join(siteDir, 'src/content/news'));

    const siteSteps = buildSteps(readPackageJson(siteDir));
    const siteEnv = scriptEnv(siteDir, { DIST_DIR: join(siteDir, 'dist') });
    const baselineEnv = scriptEnv(baselineDir);
    const siteRuns: BuildRun[] = [];
    const baselineRuns: BuildRun[] = [];
    // Alternate the two sides so that a busy spell on the shared machine hits both alike.
    for (let run = 1; run <= options.runs; run++) {
      log(`build ${run}/${options.runs}: site (${siteSteps.join(' && ')})`);
      siteRuns.push(await timedBuild(siteDir, siteSteps, siteEnv, join(tmp, `site-run${run}`)));
      if (!options.skipBaseline) {
        log(`build ${run}/${options.runs}: baseline (${BASELINE_STEPS.join(' && ')})`);
        baselineRuns.push(await timedBuild(baselineDir, BASELINE_STEPS, baselineEnv, join(tmp, `baseline-run${run}`)));
      }
    }
    result.site = side(siteDir, siteSteps, siteRuns);
    if (baselineRuns.length) result.baseline = side(baselineDir, BASELINE_STEPS, baselineRuns);

    const siteIndexed = result.site.index.bytes > 0;
    const siteNews = syntheticPage(join(siteDir, 'dist'), items[0]!.slug);
    if (!siteIndexed) result.notes.push('The site build wrote no dist/pagefind: scripts/pagefind.ts does not index yet in this checkout, so the full-build ratio is not comparable and site search cannot be measured.');
    if (!siteNews) result.notes.push('The site build has no /<lang>/news/<slug>/ pages: the news route is not in this checkout, so the site renders none of the synthetic items (the baseline does).');
    if (result.baseline) {
      const leastCpu = (runs: BuildRun[], step: number) => Math.min(...runs.map((r) => r.steps[step]?.cpuMs ?? Number.NaN));
      result.ratio = {
        full: siteIndexed ? ratio(result.site.best.totalMs, result.baseline.best.totalMs) : undefined,
        astro: ratio(result.site.best.steps[0]?.ms, result.baseline.best.steps[0]?.ms),
        astroCpu: ratio(leastCpu(siteRuns, 0), leastCpu(baselineRuns, 0)),
      };
    }

    if (options.skipBrowser) result.search.skipped = '--skip-browser';
    else {
      browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_FLAGS });
      const siteServer = await serveStatic(join(siteDir, 'dist'), base);
      cleanups.push(() => siteServer.close());
      log(`search: site search page at ${siteServer.url}<lang>/search/`);
      result.search.site.push(await measureUi(browser, siteServer, options.repeat));
      log('search: site, Pagefind API');
      result.search.site.push(await measureApi(browser, siteServer, localized((lang) => `${lang}/`), options.repeat));
      if (result.baseline) {
        const baselineServer = await serveStatic(join(baselineDir, 'dist'), base);
        cleanups.push(() => baselineServer.close());
        log('search: baseline, Pagefind API');
        const page = syntheticPage(join(baselineDir, 'dist'), items[0]!.slug)!;
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

    const searchSources: [string, SearchMeasure | undefined][] = [
      ['site search page', result.search.site.find((m) => m.mode === 'ui' && !m.skipped && m.queries.some((q) => q.ms !== undefined))],
      ['site, Pagefind API', result.search.site.find((m) => m.mode === 'api' && !m.skipped && m.queries.some((q) => q.ms !== undefined))],
      ['baseline index, Pagefind API (the site has no search yet)', result.search.baseline.find((m) => !m.skipped && m.queries.some((q) => q.ms !== undefined))],
    ];
    const [searchBasis, searchMeasure] = searchSources.find(([, m]) => m) ?? ['', undefined];
    const measured = searchMeasure?.queries.filter((q) => q.ms !== undefined) ?? [];
    result.targets = checkTargets({
      buildRatio: result.ratio?.full,
      ratioBasis: ratioBasis(result.ratio),
      firstResultMs: measured.map((q) => q.ms!),
      bytesPerQuery: measured.map((q) => q.bytes!),
      searchBasis: searchMeasure ? searchBasis : undefined,
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
