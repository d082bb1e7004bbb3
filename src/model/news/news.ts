/** News lists: order, pages and tags. Plain functions over entries, so they are tested without a build. */
import type { Locale } from '~/i18n/locales';

/** How many news items one list page shows. */
export const NEWS_PAGE_SIZE = 10;

interface Dated {
  id: string;
  data: { date: Date };
}

/** Newest first; items of the same day in a stable order (by id). */
export function byNewest<T extends Dated>(a: T, b: T): number {
  return b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id);
}

/** The locale-neutral path of list page `n` (1-based): `news` for the first, `news/2` after. */
export function newsPagePath(n: number): string {
  return n <= 1 ? 'news' : `news/${n}`;
}

/** Every tag used by any of the entries, sorted; the same list serves both languages. */
export function collectTags(entries: readonly { data: { tags: readonly string[] } }[]): string[] {
  return [...new Set(entries.flatMap((entry) => entry.data.tags))].sort();
}


/** One page of the news list. */
export interface NewsPage<T> {
  /** 1-based page number. */
  number: number;
  /** Locale-neutral path of this page. */
  path: string;
  items: T[];
  /** Path of the page with newer items, if any. */
  newer?: string | undefined;
  /** Path of the page with older items, if any. */
  older?: string | undefined;
  /** How many pages there are. */
  last: number;
}

/** Splits items (already newest first) into list pages of `size`; there is always a first page, even if empty. */
export function newsPages<T>(items: readonly T[], size: number = NEWS_PAGE_SIZE): NewsPage<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`News page size must be a whole number above 0, not ${size}`);
  const last = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: last }, (_, index) => {
    const number = index + 1;
    return {
      number,
      path: newsPagePath(number),
      items: items.slice(index * size, number * size),
      newer: number > 1 ? newsPagePath(number - 1) : undefined,
      older: number < last ? newsPagePath(number + 1) : undefined,
      last,
    };
  });
}
