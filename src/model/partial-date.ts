/** Dates known only to a year or a month (`1987`, `1985-07`), as used in timelines. */
import type { Locale } from '~/i18n/locales';
import { formatDate, type DatePrecision } from '~/i18n/format';

export interface PartialDate {
  date: Date;
  precision: DatePrecision;
  /** The text as written, for `<time datetime>` (valid HTML for a year, a month or a day). */
  iso: string;
}

/** `1985-07` → 1 July 1985 UTC with precision `month`. Throws on anything but YYYY, YYYY-MM or YYYY-MM-DD. */
export function parsePartialDate(text: string): PartialDate {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!match) throw new RangeError(`"${text}" is not a date written YYYY, YYYY-MM or YYYY-MM-DD`);
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), month ? Number(month) - 1 : 0, day ? Number(day) : 1));
  if (date.getUTCMonth() !== (month ? Number(month) - 1 : 0) || (day && date.getUTCDate() !== Number(day))) {
    throw new RangeError(`"${text}" is not a real date`);
  }
  return { date, precision: day ? 'day' : month ? 'month' : 'year', iso: text };
}

/** The date in the language's own form, only as precisely as it is known: 1985年7月 / July 1985. */
export function formatPartialDate(text: string, locale: Locale): string {
  const { date, precision } = parsePartialDate(text);
  return formatDate(date, locale, precision);
}
