/** The performance targets of issue 6 and the check of a run's figures against them. */
import { formatBytes, formatMs, formatRatio } from './stats.ts';

export const TARGETS = {
  /** Full production build (with the search index) at most this many times the bare-Astro baseline. */
  buildRatio: 1.15,
  /** First search result at most this long after the last keystroke, once the search code has loaded. */
  firstResultMs: 300,
  /** Bytes fetched per query at most this many. */
  bytesPerQuery: 150 * 1024,
} as const;

export interface TargetCheck {
  name: string;
  target: string;
  actual: string;
  /** `null` when the run has no figure for it (a part was skipped or could not run). */
  met: boolean | null;
  /** Where the figure comes from, when that needs saying. */
  basis?: string;
}

export interface TargetInput {
  buildRatio?: number;
  /** First-result times of every query measured (the slowest one counts). */
  firstResultMs?: readonly number[];
  /** Bytes fetched by every query measured (the heaviest one counts). */
  bytesPerQuery?: readonly number[];
  searchBasis?: string;
  ratioBasis?: string;
}

const worst = (values: readonly number[] | undefined) => (values && values.length ? Math.max(...values) : undefined);

export function checkTargets(input: TargetInput): TargetCheck[] {
  const ms = worst(input.firstResultMs);
  const bytes = worst(input.bytesPerQuery);
  const ratio = input.buildRatio !== undefined && Number.isFinite(input.buildRatio) ? input.buildRatio : undefined;
  return [
    {
      name: 'build time vs bare Astro',
      target: `≤ ${formatRatio(TARGETS.buildRatio)}`,
      actual: formatRatio(ratio),
      met: ratio === undefined ? null : ratio <= TARGETS.buildRatio,
      basis: input.ratioBasis,
    },
    {
      name: 'first search result (slowest query)',
      target: `≤ ${formatMs(TARGETS.firstResultMs)}`,
      actual: formatMs(ms),
      met: ms === undefined ? null : ms <= TARGETS.firstResultMs,
      basis: input.searchBasis,
    },
    {
      name: 'bytes fetched per query (heaviest)',
      target: `≤ ${formatBytes(TARGETS.bytesPerQuery)}`,
      actual: formatBytes(bytes),
      met: bytes === undefined ? null : bytes <= TARGETS.bytesPerQuery,
      basis: input.searchBasis,
    },
  ];
}
