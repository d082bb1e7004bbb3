/** Collection look-ups used by the routes (Astro-only: imports astro:content). */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '~/i18n/locales';
import { entrySlug, inLocale } from '~/model/entries';

export type PageCollection = 'industries' | 'policies' | 'sites' | 'news' | 'pages';

/** `getStaticPaths` for /<lang>/<collection>/<slug>/ routes: one path per entry, each with its entry. */
export async function entryStaticPaths<C extends PageCollection>(collection: C) {
  const entries = (await getCollection(collection)) as CollectionEntry<C>[];
  return entries
    .filter((entry) => !entry.data.draft)
    .map((entry) => {
      const [lang] = entry.id.split('/');
      return { params: { lang: lang as Locale, slug: entrySlug(entry) }, props: { entry } };
    });
}

/** Entries of a collection in one language. */
export async function getLocalized<C extends PageCollection>(collection: C, locale: Locale) {
  return inLocale((await getCollection(collection)) as CollectionEntry<C>[], locale);
}

/** The single `pages` entry of a kind, in one language. */
export async function getPage(kind: CollectionEntry<'pages'>['data']['kind'], locale: Locale) {
  const pages = await getLocalized('pages', locale);
  const page = pages.find((entry) => entry.data.kind === kind);
  if (!page) throw new Error(`Missing src/content/pages/${locale}/${kind}.md`);
  return page;
}
