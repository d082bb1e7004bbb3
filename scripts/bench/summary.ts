/**
 * From build runs to the figures that count: the median of each side at each N, the spread of its runs, the ratios
 * site ÷ baseline, the cost per page, whether the machine was quiet enough to judge, and how the ratio moves with N.
 * Pure functions, unit-tested.
 */
import type { BuildRun } from './run.ts';
import { median, ratio, spread, type Spread } from './stats.ts';

/** Fewer runs per side than this and the build ratio is only indicative, never a target verdict. */
export const MIN_RUNS = 3;
/** Runs of one side spreading more than this (`max / min − 1`) mean the machine was too busy to judge. */
export const MAX_SPREAD = 0.15;
/** The N that the build-ratio target is stated for; search and Lighthouse run at the measured N closest to it. */
export const TARGET_ITEMS = 1000;

export interface SideSummary {
  /** HTML pages the side wrote. */
  pages: number;
  runs: number;
  /** Median wall-clock time of the whole build (every step). */
  wallMs: number;
  /** Median CPU time (user + system) of the whole build, every step and the processes each waits for. */
  cpuMs?: number;
  /** Median CPU time (user + system) of `astro build` alone. */
  astroCpuMs?: number;
  /** Median wall-clock time of `astro build` alone. */
  astroWallMs?: number;
  /** Median peak resident memory of the largest process of any step, in KB. */
  peakRssKb?: number;
  /** Spread of the whole build's wall-clock times. */
  spread: Spread;
  /** `wallMs / pages`. */
  msPerPage: number;
}

const defined = (values: (number | undefined)[]) => values.filter((v): v is number => v !== undefined && Number.isFinite(v));
const medianOf = (values: (number | undefined)[]) => {
  const known = defined(values);
  return known.length === values.length && known.length ? median(known) : undefined;
};

/** A run's `astro build` step (the site's is `node scripts/build.ts`, after the content check). */
const astroStep = (run: BuildRun) => run.steps.find((step) => step.astro);

export function summarizeSide(runs: readonly BuildRun[], pages: number): SideSummary {
  const wallMs = median(runs.map((r) => r.totalMs));
  return {
    pages,
    runs: runs.length,
    wallMs,
    cpuMs: medianOf(runs.map((r) => r.cpuMs)),
    astroCpuMs: medianOf(runs.map((r) => astroStep(r)?.cpuMs)),
    astroWallMs: medianOf(runs.map((r) => astroStep(r)?.ms)),
    peakRssKb: medianOf(runs.map((r) => r.peakRssKb)),
    spread: spread(runs.map((r) => r.totalMs)),
    msPerPage: wallMs / pages,
  };
}

/** The run whose wall-clock time is the median (the lower middle one for an even count): its phases are shown. */
export function medianRun(runs: readonly BuildRun[]): BuildRun {
  const sorted = [...runs].sort((a, b) => a.totalMs - b.totalMs);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

export interface SizeSummary {
  items: number;
  site: SideSummary;
  baseline?: SideSummary;
  /** site ÷ baseline of the medians: whole build wall clock and CPU, `astro build` CPU and wall clock, peak memory. */
  ratio?: { wall: number; buildCpu: number; cpu: number; astroWall: number; rss: number };
  /** `(site wall − baseline wall) / site pages`: what our overhead costs per page the site writes. */
  overheadMsPerPage?: number;
  /** The highest 1-minute load average seen just before or after any build at this N. */
  peakLoad: number;
  /** The most cores other work kept busy during any build at this N (undefined where it cannot be read). */
  peakOtherCores?: number;
  /** Why the machine was too loaded to judge this N's ratio; empty when it was quiet enough. */
  tooLoaded: string[];
}

/** Other work keeping more than this many cores busy on average during any build means too loaded to judge. */
export const MAX_OTHER_CORES = 0.5;

/**
 * Reasons the runs cannot be judged: other work busy on more than MAX_OTHER_CORES cores during a build (read from
 * the machine's CPU counters; where they cannot be read, a 1-minute load average above the core count), or runs
 * spreading over MAX_SPREAD. The load average is not the test where the counters exist: the build itself raises it.
 */
export function loadReasons(sides: Record<string, { runs: readonly BuildRun[]; spread: Spread }>, cores: number): string[] {
  const reasons: string[] = [];
  const runs = Object.values(sides).flatMap((s) => s.runs);
  const other = runs.map((r) => r.otherCores);
  if (runs.length && other.every((v): v is number => v !== undefined)) {
    const peak = Math.max(...other);
    if (peak > MAX_OTHER_CORES) reasons.push(`other work kept ${peak.toFixed(2)} of ${cores} cores busy during a build (more than ${MAX_OTHER_CORES})`);
  } else {
    const loads = runs.flatMap((r) => [r.load.before, r.load.after]);
    const peak = loads.length ? Math.max(...loads) : 0;
    if (peak > cores) reasons.push(`the 1-minute load average reached ${peak.toFixed(2)} on ${cores} cores`);
  }
  for (const [name, side] of Object.entries(sides)) {
    if (side.spread.relative > MAX_SPREAD) {
      reasons.push(`the ${name}'s runs spread ${Math.round(side.spread.relative * 100)} % (more than ${Math.round(MAX_SPREAD * 100)} %)`);
    }
  }
  return reasons;
}

export function summarizeSize(items: number, cores: number, site: { runs: BuildRun[]; pages: number }, baseline?: { runs: BuildRun[]; pages: number }): SizeSummary {
  const s = summarizeSide(site.runs, site.pages);
  const b = baseline && baseline.runs.length ? summarizeSide(baseline.runs, baseline.pages) : undefined;
  const runs = [...site.runs, ...(baseline?.runs ?? [])];
  const sides: Record<string, { runs: readonly BuildRun[]; spread: Spread }> = { site: { runs: site.runs, spread: s.spread } };
  if (b) sides.baseline = { runs: baseline!.runs, spread: b.spread };
  return {
    items,
    site: s,
    baseline: b,
    ratio: b && {
      wall: ratio(s.wallMs, b.wallMs),
      buildCpu: ratio(s.cpuMs, b.cpuMs),
      cpu: ratio(s.astroCpuMs, b.astroCpuMs),
      astroWall: ratio(s.astroWallMs, b.astroWallMs),
      rss: ratio(s.peakRssKb, b.peakRssKb),
    },
    overheadMsPerPage: b && (s.wallMs - b.wallMs) / s.pages,
    peakLoad: Math.max(0, ...runs.flatMap((r) => [r.load.before, r.load.after])),
    peakOtherCores: runs.every((r) => r.otherCores !== undefined) && runs.length ? Math.max(...runs.map((r) => r.otherCores!)) : undefined,
    tooLoaded: loadReasons(sides, cores),
  };
}

/** The measured N closest to TARGET_ITEMS (the larger of two equally close). */
export function targetItems(items: readonly number[]): number {
  return [...items].sort((a, b) => Math.abs(a - TARGET_ITEMS) - Math.abs(b - TARGET_ITEMS) || b - a)[0]!;
}

/** The wall-clock ratio at the largest N over the one at the smallest, less than this counts as not growing. */
export const RATIO_GROWTH_TOLERANCE = 0.05;

export interface Growth {
  from: number;
  to: number;
  /** Wall-clock ratio at the smallest and the largest N. */
  ratioFrom: number;
  ratioTo: number;
  /** `ratioTo / ratioFrom − 1`. */
  change: number;
  grows: boolean;
  /** What one more page costs between the two N: Δ wall-clock time ÷ Δ pages, each side. */
  marginalMsPerPage: { site: number; baseline: number };
  /** Why it cannot be judged (either N too loaded, or too few runs); empty when it can. */
  notJudged: string[];
}

/** Compares the largest N with the smallest; undefined with fewer than two N or no baseline. */
export function ratioGrowth(sizes: readonly SizeSummary[], runs: number): Growth | undefined {
  const measured = sizes.filter((s) => s.baseline && s.ratio && Number.isFinite(s.ratio.wall));
  if (measured.length < 2) return undefined;
  const small = measured.reduce((a, b) => (b.items < a.items ? b : a));
  const large = measured.reduce((a, b) => (b.items > a.items ? b : a));
  const change = large.ratio!.wall / small.ratio!.wall - 1;
  const marginal = (side: 'site' | 'baseline') => (large[side]!.wallMs - small[side]!.wallMs) / (large[side]!.pages - small[side]!.pages);
  const notJudged = [
    ...(runs < MIN_RUNS ? [`${runs} run(s) per side, fewer than ${MIN_RUNS}`] : []),
    ...[small, large].flatMap((s) => s.tooLoaded.map((reason) => `N = ${s.items}: ${reason}`)),
  ];
  return {
    from: small.items,
    to: large.items,
    ratioFrom: small.ratio!.wall,
    ratioTo: large.ratio!.wall,
    change,
    grows: change > RATIO_GROWTH_TOLERANCE,
    marginalMsPerPage: { site: marginal('site'), baseline: marginal('baseline') },
    notJudged,
  };
}
