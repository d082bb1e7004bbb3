/** The benchmark's result shape (written as JSON) and its rendering as terminal tables. */
import type { AuditResult } from '../lib/lighthouse.ts';
import type { BuildRun } from './run.ts';
import type { SearchMeasure } from './search.ts';
import { formatBytes, formatMs, formatRatio } from './stats.ts';
import { formatTable } from './table.ts';
import type { TargetCheck } from './targets.ts';

export interface BuildSide {
  /** The build commands, in order. */
  steps: string[];
  runs: BuildRun[];
  /** The fastest run (by total time): the one that counts. */
  best: BuildRun;
  /** HTML pages in the output. */
  pages: number;
  distBytes: number;
  /** dist/pagefind: all of it, and the index data per language (index chunks, fragments, metadata). */
  index: { bytes: number; files: number; perLanguage: Record<string, number> };
}

export interface BenchResult {
  schema: 1;
  startedAt: string;
  finishedAt?: string;
  machine: { cpu: string; cores: number; memory: string; node: string; chromium?: string; os: string; loadBefore: number[]; loadAfter?: number[] };
  options: { items: number; seed: number; runs: number; repeat: number; project: string };
  content: { itemsPerLanguage: number; filesWritten: number; bodyChars: { min: number; max: number; mean: number } };
  site?: BuildSide;
  baseline?: BuildSide;
  /**
   * site ÷ baseline, fastest run each: the whole build (with indexing) and `astro build` alone in wall-clock time,
   * and `astro build` alone in CPU time (user + system, the least of the runs), which other work on the machine
   * disturbs far less. There is no CPU figure for the whole build: the site indexes through Pagefind's Node API,
   * whose indexing process is not waited for by its parent, so GNU time cannot count its CPU time.
   */
  ratio?: { full?: number; astro?: number; astroCpu?: number };
  search: { site: SearchMeasure[]; baseline: SearchMeasure[]; skipped?: string };
  lighthouse: { audits: AuditResult[]; skipped?: string };
  targets: TargetCheck[];
  notes: string[];
}

const kb = (v: number | undefined) => (v === undefined ? '–' : `${Math.round(v / 1024)} MB`);

function buildRows(name: string, side: BuildSide | undefined): string[][] {
  if (!side) return [];
  const stepMs = (i: number) => formatMs(side.best.steps[i]?.ms);
  return [
    [
      name,
      String(side.pages),
      side.runs.map((r) => formatMs(r.totalMs)).join(' / '),
      formatMs(side.best.totalMs),
      stepMs(0),
      formatMs(Math.min(...side.runs.map((r) => r.steps[0]?.cpuMs ?? Number.NaN))),
      side.best.steps.length > 1 ? stepMs(1) : '–',
      kb(side.best.peakRssKb),
      formatBytes(side.distBytes),
      formatBytes(side.index.bytes),
    ],
  ];
}

export function renderReport(result: BenchResult): string {
  const out: string[] = [];
  const { machine: m } = result;
  out.push(`Machine: ${m.cpu}, ${m.cores} cores, ${m.memory}; Node ${m.node}; ${m.chromium ?? 'no Chromium'}; load ${m.loadBefore.map((l) => l.toFixed(2)).join(' ')}`);
  out.push(`Content: ${result.content.itemsPerLanguage} synthetic news items per language (${result.content.filesWritten} files, bodies ${result.content.bodyChars.min}–${result.content.bodyChars.max} characters), seed ${result.options.seed}`);
  out.push('');
  out.push('Build (cold, fastest of the runs counts)');
  out.push(
    formatTable(
      ['', 'pages', 'runs (wall)', 'fastest', 'step 1', 'step 1 CPU', 'step 2', 'peak RSS', 'dist', 'index'],
      [...buildRows('site', result.site), ...buildRows('baseline', result.baseline)],
    ),
  );
  if (result.site) out.push(`  site steps: ${result.site.steps.join(' → ')}; astro phases: ${phases(result.site.best)}`);
  if (result.baseline) out.push(`  baseline steps: ${result.baseline.steps.join(' → ')}; astro phases: ${phases(result.baseline.best)}`);
  const routes = result.site?.best.phases.routes?.slice(0, 6);
  if (routes?.length) {
    out.push(`  site render time by route: ${routes.map((r) => `${r.route} ${formatMs(r.ms)} (${r.pages} pages)`).join(', ')}`);
  }
  if (result.ratio) {
    const r = result.ratio;
    out.push(`  ratio site/baseline, wall clock: full build ${formatRatio(r.full)}, astro build alone ${formatRatio(r.astro)}`);
    out.push(`  ratio site/baseline, CPU time: astro build alone ${formatRatio(r.astroCpu)} (the indexing step's CPU time cannot be counted on the site side)`);
  }
  out.push('');
  out.push(`Search (median of ${result.options.repeat} per query, each in a fresh browser context after a warm-up search)`);
  const searchRows: string[][] = [];
  const searchSkips: string[] = [];
  for (const [side, measures] of [['site', result.search.site], ['baseline', result.search.baseline]] as const) {
    for (const measure of measures) {
      if (measure.skipped) {
        searchSkips.push(`  ${side} ${measure.mode} skipped: ${measure.skipped}`);
        continue;
      }
      for (const q of measure.queries) {
        searchRows.push([
          `${side} ${measure.mode}`,
          q.query,
          q.error ? 'error' : formatMs(q.ms),
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
    if (searchRows.length) out.push(formatTable(['', 'query', 'first result', 'samples (ms)', 'bytes', 'requests', 'results'], searchRows));
    out.push(...searchSkips);
  }
  out.push('');
  out.push('Lighthouse');
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
      result.targets.map((t) => [t.name, t.target, t.actual, t.met === null ? 'not measured' : t.met ? 'yes' : 'NO', t.basis ?? '']),
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
