/**
 * Units of key figures. Figures are stored as the source states them (688 亿元); how each edition writes a unit
 * is in its dictionary (`unit.<key>`, src/i18n/ui/), and src/i18n/quantity.ts puts number and unit together.
 * Plain data without imports, so the content schemas (run by plain Node) can list the keys.
 */

export interface UnitSpec {
  /**
   * Factor from the stored value to the value an edition with `numbers: 'western'` shows: 688 亿元 × 0.1 =
   * 68.8 billion yuan.
   */
  westernFactor: number;
}

export const UNITS = {
  'yuan-100m': { westernFactor: 0.1 },
  'people-10k': { westernFactor: 10_000 },
  'tonnes-10k': { westernFactor: 0.01 },
  km2: { westernFactor: 1 },
  km: { westernFactor: 1 },
  mu: { westernFactor: 1 },
  percent: { westernFactor: 1 },
  days: { westernFactor: 1 },
  companies: { westernFactor: 1 },
  merchants: { westernFactor: 1 },
  projects: { westernFactor: 1 },
  stations: { westernFactor: 1 },
  units: { westernFactor: 1 },
  rank: { westernFactor: 1 },
  yuan: { westernFactor: 1 },
  'yuan-10k': { westernFactor: 0.01 },
  'yuan-month': { westernFactor: 1 },
  'yuan-hour': { westernFactor: 1 },
  'yuan-year': { westernFactor: 1 },
  'usd-100m': { westernFactor: 0.1 },
  people: { westernFactor: 1 },
  'sqm-10k': { westernFactor: 10_000 },
} as const satisfies Record<string, UnitSpec>;

export type Unit = keyof typeof UNITS;
export const UNIT_KEYS = Object.keys(UNITS) as [Unit, ...Unit[]];

/** `more-than` when the source says "over …" (超, 以上), `about` for "about …" (约). */
export const QUALIFIERS = ['exact', 'more-than', 'about'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];
