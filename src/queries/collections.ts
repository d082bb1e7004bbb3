/** Collection look-ups used by the routes (Astro-only: imports astro:content). */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '~/i18n/locales';
import { entrySlug, inLocale } from '~/model/entries';
import { isLive } from '~/model/publishing';

export type PageCollection = 'industries' | 'policies' | 'sites' | 'news' | 'pages';

/** `getStaticPaths` for /<lang>/<collection>/<slug>/ routes: one path per entry, each with its entry. */
export async function entryStaticPaths<C extends PageCollection>(collection: C) {
  const entries = (await getCollection(collection)) as CollectionEntry<C>[];
  return entries
    .filter((entry) => isLive(entry))
    .map((entry) => {
      const [lang] = entry.id.split('/');
      return { params: { lang: lang as Locale, slug: entrySlug(entry) }, props: { entry } };
    });
}

/**
 * A build's content does not change while it runs: each collection is split by language once, not once per page
 * that lists it (the dev server, where files change, always reads afresh).
 */
const localized = new Map<string, readonly CollectionEntry<PageCollection>[]>();

/** Entries of a collection in one language (a new array: callers may sort it). */
export async function getLocalized<C extends PageCollection>(collection: C, locale: Locale): Promise<CollectionEntry<C>[]> {
  const key = `${collection}/${locale}`;
  let entries = import.meta.env.DEV ? undefined : (localized.get(key) as readonly CollectionEntry<C>[] | undefined);
  if (!entries) {
    entries = inLocale((await getCollection(collection)) as CollectionEntry<C>[], locale);
    if (!import.meta.env.DEV) localized.set(key, entries);
  }
  return [...entries];
}

/** The single `pages` entry of a kind, in one language. */
export async function getPage(kind: CollectionEntry<'pages'>['data']['kind'], locale: Locale) {
  const pages = await getLocalized('pages', locale);
  const page = pages.find((entry) => entry.data.kind === kind);
  if (!page) throw new Error(`Missing src/content/pages/${locale}/${kind}.md`);
  return page;
}
