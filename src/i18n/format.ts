/**
 * Dates, numbers, ordinals and lists in each edition's own form, through Intl and the edition's spec
 * (src/i18n/locales.ts).
 */
import { localeSpec, type Locale } from './locales';

export type DatePrecision = 'year' | 'month' | 'day';

// Intl formatters are slow to create and safe to reuse: one per language and form, made on first use. Creating
// one per call was the largest single cost of rendering the news archive (see docs/performance.md).
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const ordinalRules = new Map<string, Intl.PluralRules>();

/** 2023年2月22日 / 22 February 2023; with a coarser precision, 2023年2月 / February 2023, or 2023年 / 2023. */
export function formatDate(date: Date, locale: Locale, precision: DatePrecision = 'day'): string {
  const cacheKey = `${locale} ${precision}`;
  let format = dateFormats.get(cacheKey);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC' };
    if (precision !== 'year') options.month = 'long';
    if (precision === 'day') options.day = 'numeric';
    const spec = localeSpec(locale);
    format = new Intl.DateTimeFormat(spec.dateLang ?? spec.lang, options);
    dateFormats.set(cacheKey, format);
  }
  // Formatting itself is slow too (ICU), and the same dates recur on every list page: each date is formatted once,
  // remembered by what is shown (the UTC day, month or year, never the time: the dev server asks for "now" on every
  // request, which must not add an entry each time).
  const textKey = `${cacheKey} ${isoDay(date).slice(0, SHOWN_LENGTH[precision])}`;
  let text = formattedDates.get(textKey);
  if (text === undefined) formattedDates.set(textKey, (text = format.format(date)));
  return text;
}

const formattedDates = new Map<string, string>();
const SHOWN_LENGTH: Record<DatePrecision, number> = { year: 4, month: 7, day: 10 };

/** The machine-readable form for `<time datetime>`: 2023-02-22. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A number with the edition's grouping and decimal marks; at most `maxFractionDigits` decimals (Intl's 3 by default). */
export function formatNumber(value: number, locale: Locale, maxFractionDigits?: number): string {
  const cacheKey = `${locale} ${maxFractionDigits ?? ''}`;
  let format = numberFormats.get(cacheKey);
  if (!format) {
    const options = maxFractionDigits === undefined ? {} : { maximumFractionDigits: maxFractionDigits };
    format = new Intl.NumberFormat(localeSpec(locale).lang, options);
    numberFormats.set(cacheKey, format);
  }
  return format.format(value);
}

const ORDINAL_SUFFIXES: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

/** An English-style ordinal, 26 → 26th, by the edition's plural rules (used where `numbers` is `western`). */
export function ordinal(n: number, locale: Locale): string {
  const lang = localeSpec(locale).lang;
  let rules = ordinalRules.get(lang);
  if (!rules) ordinalRules.set(lang, (rules = new Intl.PluralRules(lang, { type: 'ordinal' })));
  return `${n}${ORDINAL_SUFFIXES[rules.select(n)] ?? 'th'}`;
}

/** Items joined as the edition writes an enumeration: 杜伊斯堡、汉堡 / Duisburg, Hamburg. */
export function joinList(items: readonly string[], locale: Locale): string {
  return items.join(localeSpec(locale).listSeparator);
}
