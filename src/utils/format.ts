/** Dates and numbers in each language's own form, through Intl. */
import { LOCALES, type Locale } from '../i18n/locales';

export type DatePrecision = 'year' | 'month' | 'day';

/** 2023年2月22日 / 22 February 2023; with a coarser precision, 2023年2月 / February 2023, or 2023年 / 2023. */
export function formatDate(date: Date, locale: Locale, precision: DatePrecision = 'day'): string {
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC' };
  if (precision !== 'year') options.month = 'long';
  if (precision === 'day') options.day = 'numeric';
  const lang = locale === 'en' ? 'en-GB' : LOCALES[locale].lang;
  return new Intl.DateTimeFormat(lang, options).format(date);
}

/** The machine-readable form for `<time datetime>`: 2023-02-22. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(LOCALES[locale].lang).format(value);
}
