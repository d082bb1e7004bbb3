/**
 * Content entries split by language. An entry's id is `<locale>/<slug>` (from its file path); the same slug in
 * both language folders is the same page.
 */
import { isLocale, type Locale } from '~/i18n/locales';

/** The parts of an entry's id: `en/electronic-information` → { locale: 'en', slug: 'electronic-information' }. */
export function splitEntryId(id: string): { locale: Locale; slug: string } {
  const [first, ...rest] = id.split('/');
  if (!isLocale(first) || rest.length === 0) {
    throw new Error(`Content entry "${id}" must sit in a language folder: <collection>/zh-cn/… or <collection>/en/…`);
  }
  return { locale: first, slug: rest.join('/') };
}

export function entryLocale(entry: { id: string }): Locale {
  return splitEntryId(entry.id).locale;
}

export function entrySlug(entry: { id: string }): string {
  return splitEntryId(entry.id).slug;
}

/** Entries of one language, drafts left out. */
export function inLocale<T extends { id: string; data: { draft?: boolean } }>(entries: T[], locale: Locale): T[] {
  return entries.filter((entry) => entryLocale(entry) === locale && !entry.data.draft);
}

/** Sort by `order`, then by title in the language's collation. */
export function byOrder<T extends { data: { order?: number; title: string } }>(a: T, b: T): number {
  return (a.data.order ?? 100) - (b.data.order ?? 100) || a.data.title.localeCompare(b.data.title);
}
