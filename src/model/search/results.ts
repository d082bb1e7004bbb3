/**
 * Turns what Pagefind returns for a result into what the search UI shows: title, section, date, excerpt.
 * Plain logic, no DOM, so it is unit-tested and shared by the header search and the search page.
 */
import type { Locale } from '~/i18n/locales';
import { formatDate } from '~/i18n/format';
import type { SearchStrings } from '~/model/search/strings';
import { fill } from '~/i18n/template';

/** The part of Pagefind's result data (`await result.data()`) the site uses. */
export interface PagefindResultData {
  url: string;
  /** Text around the match, HTML-escaped by Pagefind, with the matched words in <mark>. */
  excerpt: string;
  meta: Record<string, string | undefined>;
}

export interface ResultView {
  url: string;
  title: string;
  /** The section's label in the page's language (Industries, Policies …), when the page has one. */
  section?: string;
  /** The date of a news item or policy: machine form and the form shown. */
  date?: { iso: string; label: string };
  /** Safe HTML: escaped text with <mark> only. */
  excerpt: string;
}

/** Excerpt HTML with anything but <mark> and </mark> escaped (Pagefind escapes already; this makes it certain). */
export function safeExcerpt(html: string): string {
  return html
    .split(/(<\/?mark>)/)
    .map((part) => (part === '<mark>' || part === '</mark>' ? part : part.replace(/</g, '&lt;').replace(/>/g, '&gt;')))
    .join('');
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function toResultView(data: PagefindResultData, locale: Locale): ResultView {
  const view: ResultView = {
    url: data.url,
    title: data.meta.title?.trim() || data.url,
    excerpt: safeExcerpt(data.excerpt),
  };
  if (data.meta.section) view.section = data.meta.section;
  const date = data.meta.date;
  if (date && ISO_DAY.test(date) && !Number.isNaN(Date.parse(date))) {
    view.date = { iso: date, label: formatDate(new Date(`${date}T00:00:00Z`), locale) };
  }
  return view;
}


/** "3 results for “招商”", with the plural form of the page's language. */
export function countText(strings: SearchStrings, lang: string, count: number, query: string): string {
  const form = new Intl.PluralRules(lang).select(count) === 'one' ? 'search.resultCount.one' : 'search.resultCount.other';
  return fill(strings[form] ?? '{{count}}', { count: new Intl.NumberFormat(lang).format(count), query });
}
