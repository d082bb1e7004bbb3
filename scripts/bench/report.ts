/** The benchmark's result shape (written as JSON) and its rendering as terminal tables. */
import type { AuditResult } from '../lib/lighthouse.ts';
import type { BuildSide, SizeResult } from './builds.ts';
import type { BuildRun } from './run.ts';
import type { SearchMeasure } from './search.ts';
import { formatBytes, formatMs, formatPercent, formatRatio } from './stats.ts';
import { MIN_RUNS, RATIO_GROWTH_TOLERANCE, type Growth, type SideSummary } from './summary.ts';
import { formatTable } from './table.ts';
import type { TargetCheck } from './targets.ts';

export interface BenchResult {
  schema: 2;
  startedAt: string;
  finishedAt?: string;
  machine: { cpu: string; cores: number; memory: string; node: string; chromium?: string; os: string; loadBefore: number[]; loadAfter?: number[] };
  /** `searchItems`: the N at which search and Lighthouse ran, and whose build figures the targets judge. */
  options: { items: number[]; seed: number; runs: number; repeat: number; project: string; searchItems: number };
  /**
   * One entry per N, smallest first: both sides' runs and their summary (medians, spread, ratios site ÷ baseline,
   * cost per page, load), with CPU time of the whole build and of the step that runs `astro build` (on the site's
   * side `node scripts/build.ts`).
   */
  sizes: SizeResult[];
  /** The wall-clock ratio at the largest N against the smallest (two or more N). */
  growth?: Growth;
  search: { site: SearchMeasure[]; baseline: SearchMeasure[]; skipped?: string };
  lighthouse: { audits: AuditResult[]; skipped?: string };
  targets: TargetCheck[];
  notes: string[];
}

const mb = (kb: number | undefined) => (kb === undefined ? '–' : `${Math.round(kb / 1024)} MB`);
const perPage = (ms: number | undefined) => (ms === undefined || !Number.isFinite(ms) ? '–' : `${ms.toFixed(1)} ms`);

function sideRow(items: number, name: string, side: BuildSide | undefined, summary: SideSummary | undefined): string[][] {
  if (!side || !summary) return [];
  return [
    [
      String(items),
      name,
      String(side.pages),
      side.runs.map((r) => formatMs(r.totalMs)).join(' / '),
      formatMs(summary.wallMs),
      `${formatMs(summary.spread.min)}–${formatMs(summary.spread.max)} (${formatPercent(summary.spread.relative)})`,
      formatMs(summary.astroCpuMs),
      mb(summary.peakRssKb),
      perPage(summary.msPerPage),
      formatBytes(side.distBytes),
      formatBytes(side.index.bytes),
    ],
  ];
}

function buildSection(result: BenchResult): string[] {
  const out: string[] = [];
  out.push(`Build (cold; site and baseline alternately, ${result.options.runs} run(s) each per N; the median counts)`);
  out.push(
    formatTable(
      ['N', '', 'pages', 'runs (wall)', 'median', 'spread (min–max)', 'astro CPU', 'peak RSS', 'per page', 'dist', 'index'],
      result.sizes.flatMap((s) => [...sideRow(s.items, 'site', s.site, s.summary.site), ...sideRow(s.items, 'baseline', s.baseline, s.summary.baseline)]),
    ),
  );
  const compared = result.sizes.filter((s) => s.summary.ratio);
  if (compared.length) {
    out.push('');
    out.push('Site ÷ baseline (medians)');
    out.push(
      formatTable(
        ['N', 'wall', 'CPU', 'CPU (astro step)', 'astro step wall', 'peak RSS', 'overhead per page', 'other work', 'peak load', 'judged'],
        compared.map(({ items, summary: s }) => [
          String(items),
          formatRatio(s.ratio!.wall),
          formatRatio(s.ratio!.buildCpu),
          formatRatio(s.ratio!.cpu),
          formatRatio(s.ratio!.astroWall),
          formatRatio(s.ratio!.rss),
          perPage(s.overheadMsPerPage),
          s.peakOtherCores === undefined ? '–' : `${s.peakOtherCores.toFixed(2)} cores`,
          s.peakLoad.toFixed(2),
          s.tooLoaded.length ? 'no: too loaded' : result.options.runs < MIN_RUNS ? 'indicative' : 'yes',
        ]),
      ),
    );
    for (const s of compared) if (s.summary.tooLoaded.length) out.push(`  N = ${s.items}: the machine was too loaded to judge: ${s.summary.tooLoaded.join('; ')}`);
  }
  const g = result.growth;
  if (g) {
    const verdict = g.notJudged.length ? 'cannot be judged' : g.grows ? 'GROWS' : 'does not grow';
    out.push(
      `  The ratio ${verdict} with N: ${formatRatio(g.ratioFrom)} at N = ${g.from}, ${formatRatio(g.ratioTo)} at N = ${g.to} (${g.change >= 0 ? '+' : ''}${formatPercent(g.change)}, ` +
        `tolerance ${formatPercent(RATIO_GROWTH_TOLERANCE)}); one more page costs the site ${perPage(g.marginalMsPerPage.site)}, the baseline ${perPage(g.marginalMsPerPage.baseline)}` +
        (g.notJudged.length ? ` (${g.notJudged.join('; ')})` : ''),
    );
  } else if (compared.length) out.push('  One N measured: run with --items 100,1000,5000 to see whether the ratio grows with N.');
  const target = result.sizes.find((s) => s.items === result.options.searchItems);
  if (target) {
    out.push(`  site steps: ${target.site.steps.join(' → ')}; astro phases at N = ${target.items} (median run): ${phases(target.site.median)}`);
    if (target.baseline) out.push(`  baseline steps: ${target.baseline.steps.join(' → ')}; astro phases: ${phases(target.baseline.median)}`);
    const routes = target.site.median.phases.routes?.slice(0, 6);
    // Astro logs each page's time; several pages are in flight at once (build.concurrency), so these add up to more
    // than the rendering phase: they rank the routes, they do not split the phase.
    if (routes?.length) out.push(`  site render time by route (sum of each page's time, pages overlapping): ${routes.map((r) => `${r.route} ${formatMs(r.ms)} (${r.pages} pages)`).join(', ')}`);
  }
  return out;
}

const MODE_LABEL: Record<SearchMeasure['mode'], string> = { ui: 'search page', header: 'header box', api: 'Pagefind API' };
const VERDICT_CELL: Record<TargetCheck['verdict'], string> = { met: 'yes', 'not met': 'NO', 'not measured': 'not measured', 'not judged': 'not judged', indicative: 'indicative' };

export function renderReport(result: BenchResult): string {
  const out: string[] = [];
  const { machine: m } = result;
  out.push(`Machine: ${m.cpu}, ${m.cores} cores, ${m.memory}; Node ${m.node}; ${m.chromium ?? 'no Chromium'}; load ${m.loadBefore.map((l) => l.toFixed(2)).join(' ')}`);
  for (const size of result.sizes) {
    const c = size.content;
    out.push(`Content at N = ${size.items}: synthetic news items per language (${c.filesWritten} files, bodies ${c.bodyChars.min}–${c.bodyChars.max} characters), seed ${result.options.seed}`);
  }
  out.push('');
  out.push(...buildSection(result));
  out.push('');
  out.push(`Search at N = ${result.options.searchItems} (median of ${result.options.repeat} per query, each in a fresh browser context after a warm-up search)`);
  const searchRows: string[][] = [];
  const searchSkips: string[] = [];
  for (const [side, measures] of [['site', result.search.site], ['baseline', result.search.baseline]] as const) {
    for (const measure of measures) {
      if (measure.skipped) {
        searchSkips.push(`  ${side} ${MODE_LABEL[measure.mode]} skipped: ${measure.skipped}`);
        continue;
      }
      for (const q of measure.queries) {
        searchRows.push([
          `${side} ${MODE_LABEL[measure.mode]}`,
          q.query,
          q.error ? 'error' : formatMs(q.ms),
          `${q.failures ?? 0}/${result.options.repeat}`,
          q.samples ? q.samples.map((ms) => Math.round(ms)).join(' / ') : '–',
          formatBytes(q.bytes),
          q.requests === undefined ? '–' : String(q.requests),
          q.results === undefined ? '–' : String(q.results),
        ]);
      }
    }
  }
  if (result.search.skipped) out.push(`  skipped: ${result.search.skipped}`);
  else {
    if (searchRows.length) out.push(formatTable(['', 'query', 'first result', 'failed', 'samples (ms)', 'bytes', 'requests', 'results'], searchRows));
    out.push(...searchSkips);
  }
  out.push('');
  out.push(`Lighthouse at N = ${result.options.searchItems}`);
  out.push(
    result.lighthouse.skipped
      ? `  skipped: ${result.lighthouse.skipped}`
      : formatTable(
          ['page', 'preset', 'performance', 'accessibility', 'best practices', 'SEO'],
          result.lighthouse.audits.map((a) => [
            new URL(a.url).pathname,
            a.preset,
            ...(['performance', 'accessibility', 'best-practices', 'seo'] as const).map((c) => (a.scores[c] == null ? '–' : String(a.scores[c]))),
          ]),
        ),
  );
  out.push('');
  out.push('Targets');
  out.push(
    formatTable(
      ['target', 'limit', 'actual', 'met', 'basis'],
      result.targets.map((t) => [t.name, t.target, t.actual, VERDICT_CELL[t.verdict], t.basis ?? '']),
    ),
  );
  if (result.notes.length) {
    out.push('');
    out.push('Notes');
    for (const note of result.notes) out.push(`  - ${note}`);
  }
  return out.join('\n');
}

function phases(run: BuildRun): string {
  const p = run.phases;
  return `content+types ${formatMs(p.contentMs)}, bundling ${formatMs(p.bundleMs)}, rendering ${formatMs(p.renderMs)} (${p.pages ?? '?'} pages)`;
}
