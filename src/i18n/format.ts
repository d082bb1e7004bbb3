/** Dates and numbers in each language's own form, through Intl. */
import { LOCALES, type Locale } from '~/i18n/locales';

export type DatePrecision = 'year' | 'month' | 'day';

// Intl formatters are slow to create and safe to reuse: one per language and form, made on first use. Creating
// one per call was the largest single cost of rendering the news archive (see docs/performance.md).
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/** 2023年2月22日 / 22 February 2023; with a coarser precision, 2023年2月 / February 2023, or 2023年 / 2023. */
export function formatDate(date: Date, locale: Locale, precision: DatePrecision = 'day'): string {
  const cacheKey = `${locale} ${precision}`;
  let format = dateFormats.get(cacheKey);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC' };
    if (precision !== 'year') options.month = 'long';
    if (precision === 'day') options.day = 'numeric';
    const lang = locale === 'en' ? 'en-GB' : LOCALES[locale].lang;
    format = new Intl.DateTimeFormat(lang, options);
    dateFormats.set(cacheKey, format);
  }
  return format.format(date);
}

/** The machine-readable form for `<time datetime>`: 2023-02-22. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function formatNumber(value: number, locale: Locale): string {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[locale].lang);
    numberFormats.set(locale, format);
  }
  return format.format(value);
}
