/**
 * Units of key figures. Figures are stored as the source states them (688 亿元); each unit says how to show a
 * value in each language, so English readers see "68.8 billion yuan" rather than "688 × 100 million".
 */
import type { Locale } from '../i18n/locales';

export interface UnitSpec {
  /** Chinese suffix, written right after the number. */
  zh: string;
  /** Factor from the stored value to the English value. */
  enFactor: number;
  /** English suffix after the number (with its own leading space where one is needed). */
  en: string;
}

export const UNITS = {
  'yuan-100m': { zh: '亿元', enFactor: 0.1, en: ' billion yuan' },
  'people-10k': { zh: '万人', enFactor: 10_000, en: ' people' },
  'tonnes-10k': { zh: '万吨', enFactor: 0.01, en: ' million tonnes' },
  km2: { zh: '平方公里', enFactor: 1, en: ' km²' },
  km: { zh: '公里', enFactor: 1, en: ' km' },
  mu: { zh: '亩', enFactor: 1, en: ' mu' },
  percent: { zh: '%', enFactor: 1, en: '%' },
  days: { zh: '天', enFactor: 1, en: ' days' },
  companies: { zh: '家', enFactor: 1, en: '' },
  merchants: { zh: '户', enFactor: 1, en: '' },
  projects: { zh: '宗', enFactor: 1, en: ' projects' },
  stations: { zh: '座', enFactor: 1, en: '' },
  units: { zh: '个', enFactor: 1, en: '' },
  rank: { zh: '位', enFactor: 1, en: '' },
  yuan: { zh: '元', enFactor: 1, en: ' yuan' },
  'yuan-10k': { zh: '万元', enFactor: 0.01, en: ' million yuan' },
  'yuan-month': { zh: '元/月', enFactor: 1, en: ' yuan a month' },
  'yuan-hour': { zh: '元/小时', enFactor: 1, en: ' yuan an hour' },
  'yuan-year': { zh: '元/年', enFactor: 1, en: ' yuan a year' },
  'usd-100m': { zh: '亿美元', enFactor: 0.1, en: ' billion US dollars' },
  people: { zh: '人', enFactor: 1, en: ' people' },
  'sqm-10k': { zh: '万平方米', enFactor: 10_000, en: ' m²' },
} as const satisfies Record<string, UnitSpec>;

export type Unit = keyof typeof UNITS;
export const UNIT_KEYS = Object.keys(UNITS) as [Unit, ...Unit[]];

export type Qualifier = 'exact' | 'more-than' | 'about';

/** The number in the language's own form, with its unit and qualifier: "超688亿元", "over 68.8 billion yuan". */
export function formatQuantity(value: number, unit: Unit, qualifier: Qualifier, locale: Locale): string {
  const spec: UnitSpec = UNITS[unit];
  if (locale === 'zh-cn') {
    const number = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 }).format(value);
    const prefix = qualifier === 'more-than' ? '超' : qualifier === 'about' ? '约' : '';
    const rank = unit === 'rank' ? '第' : '';
    return `${prefix}${rank}${number}${unit === 'rank' ? '' : spec.zh}`;
  }
  const scaled = Math.round(value * spec.enFactor * 1000) / 1000;
  const number =
    unit === 'rank' ? ordinal(scaled) : new Intl.NumberFormat('en', { maximumFractionDigits: 2 }).format(scaled);
  const prefix = qualifier === 'more-than' ? 'over ' : qualifier === 'about' ? 'about ' : '';
  return `${prefix}${number}${spec.en}`;
}

function ordinal(n: number): string {
  const rules = new Intl.PluralRules('en', { type: 'ordinal' });
  const suffix = { one: 'st', two: 'nd', few: 'rd', other: 'th' } as Record<string, string>;
  return `${n}${suffix[rules.select(n)] ?? 'th'}`;
}
