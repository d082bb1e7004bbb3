/** The performance targets of issue 14 and the check of a run's figures against them. */
import { formatBytes, formatMs, formatPercent, formatRatio } from './stats.ts';
import { MIN_RUNS, RATIO_GROWTH_TOLERANCE, type Growth } from './summary.ts';

export const TARGETS = {
  /** Full production build (with the search index) at most this many times the bare-Astro baseline, at N = 1,000. */
  buildRatio: 1.15,
  /** Peak resident memory of the site's build at most this many times the baseline's. */
  memoryRatio: 1.5,
  /** First search result at most this long after the last keystroke, every query, search page and header box. */
  firstResultMs: 120,
  /** Bytes fetched per query at most this many. */
  bytesPerQuery: 150 * 1024,
} as const;

/**
 * `met` / `not met`; `not measured` when the run has no figure (a part was skipped or could not run); `not judged`
 * when the machine was too loaded for the figure to mean anything; `indicative` when too few runs were taken.
 */
export type Verdict = 'met' | 'not met' | 'not measured' | 'not judged' | 'indicative';

export interface TargetCheck {
  name: string;
  target: string;
  actual: string;
  verdict: Verdict;
  /** Where the figure comes from, and why it is not judged, when that needs saying. */
  basis?: string;
}

/** One search measure's figures: every query's first-result time and bytes, and how many runs failed. */
export interface SearchFigures {
  ms: readonly number[];
  bytes: readonly number[];
  /** Runs that failed, over all queries (a query that failed every time counts all its runs). */
  failedRuns: number;
  basis: string;
}

export interface TargetInput {
  /** The build figures at the target N. */
  build?: {
    items: number;
    runs: number;
    /** Wall-clock ratio of the whole build, medians. */
    ratio: number;
    /** What to say next to it (the CPU ratio). */
    basis?: string;
    /** Why the machine was too loaded to judge; empty or absent when it was not. */
    tooLoaded?: readonly string[];
    /** Peak-memory ratio, medians. */
    memoryRatio?: number;
  };
  growth?: Growth;
  searchPage?: SearchFigures;
  headerBox?: SearchFigures;
}

const worst = (values: readonly number[] | undefined) => (values && values.length ? Math.max(...values) : undefined);
const finite = (v: number | undefined) => (v !== undefined && Number.isFinite(v) ? v : undefined);
const plain = (met: boolean): Verdict => (met ? 'met' : 'not met');

function buildCheck(build: TargetInput['build']): TargetCheck {
  const value = finite(build?.ratio);
  const check: TargetCheck = {
    name: `build time vs bare Astro${build ? ` (N = ${build.items})` : ''}`,
    target: `≤ ${formatRatio(TARGETS.buildRatio)}`,
    actual: formatRatio(value),
    verdict: value === undefined ? 'not measured' : plain(value <= TARGETS.buildRatio),
    basis: build?.basis,
  };
  if (value === undefined || !build) return check;
  const reasons = [...(build.tooLoaded ?? [])];
  if (reasons.length) return { ...check, verdict: 'not judged', basis: [check.basis, `the machine was too loaded to judge: ${reasons.join('; ')}`].filter(Boolean).join('; ') };
  if (build.runs < MIN_RUNS) return { ...check, verdict: 'indicative', basis: [check.basis, `median of ${build.runs} run(s), fewer than ${MIN_RUNS}`].filter(Boolean).join('; ') };
  return check;
}

function growthCheck(growth: Growth | undefined): TargetCheck {
  const check: TargetCheck = {
    name: growth ? `build ratio does not grow with N (${growth.from} → ${growth.to})` : 'build ratio does not grow with N',
    target: `≤ +${formatPercent(RATIO_GROWTH_TOLERANCE)}`,
    actual: growth ? `${growth.change >= 0 ? '+' : ''}${formatPercent(growth.change)}` : '–',
    verdict: growth ? plain(!growth.grows) : 'not measured',
    basis: growth ? `${formatRatio(growth.ratioFrom)} → ${formatRatio(growth.ratioTo)}` : 'needs two or more N (--items 100,1000,5000)',
  };
  if (growth?.notJudged.length) return { ...check, verdict: 'not judged', basis: `${check.basis}; ${growth.notJudged.join('; ')}` };
  return check;
}

function searchCheck(where: string, figures: SearchFigures | undefined): TargetCheck {
  const ms = worst(figures?.ms);
  const failed = figures?.failedRuns ?? 0;
  const actual = `${formatMs(ms)}${failed ? `, ${failed} failed run(s)` : ''}`;
  return {
    name: `first search result, ${where} (slowest query, no failed runs)`,
    target: `≤ ${formatMs(TARGETS.firstResultMs)}`,
    actual,
    verdict: ms === undefined && !failed ? 'not measured' : plain(ms !== undefined && ms <= TARGETS.firstResultMs && failed === 0),
    basis: figures?.basis,
  };
}

export function checkTargets(input: TargetInput): TargetCheck[] {
  const memory = finite(input.build?.memoryRatio);
  const searches = [input.searchPage, input.headerBox].filter((s): s is SearchFigures => s !== undefined);
  const bytes = worst(searches.flatMap((s) => s.bytes));
  return [
    buildCheck(input.build),
    growthCheck(input.growth),
    {
      name: `peak memory vs bare Astro${input.build ? ` (N = ${input.build.items})` : ''}`,
      target: `≤ ${formatRatio(TARGETS.memoryRatio)}`,
      actual: formatRatio(memory),
      verdict: memory === undefined ? 'not measured' : plain(memory <= TARGETS.memoryRatio),
      basis: 'largest process of any step (GNU time %M), medians',
    },
    searchCheck('search page', input.searchPage),
    searchCheck('header box', input.headerBox),
    {
      name: 'bytes fetched per query (heaviest)',
      target: `≤ ${formatBytes(TARGETS.bytesPerQuery)}`,
      actual: formatBytes(bytes),
      verdict: bytes === undefined ? 'not measured' : plain(bytes <= TARGETS.bytesPerQuery),
      basis: searches.map((s) => s.basis).join(', ') || undefined,
    },
  ];
}
