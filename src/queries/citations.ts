/**
 * Gathers, for one language, every page that cites sources: each Markdown entry (its `sources` and, for industries
 * and sites, the key figures it shows), the contact details (src/config/contact.ts) and the key-figure table on the
 * sources page. src/model/sources/sources-index.ts turns this into "which pages cite which source". Astro-only.
 */
import { getCollection } from 'astro:content';
import { CONTACT, contactSources } from '~/config/contact';
import type { Locale } from '~/i18n/locales';
import { useTranslations } from '~/i18n/translate';
import type { PageCollection } from '~/queries/collections';
import { getLocalized, getPage } from '~/queries/collections';
import { entrySlug } from '~/model/entries';
import { HOME_CHART_FIGURES, HOME_FIGURES } from '~/config/home';
import { buildSourceIndex, collectSourceIds, entryPagePath, type Citer } from '~/model/sources/sources-index';

const COLLECTIONS: PageCollection[] = ['pages', 'industries', 'sites', 'policies', 'news'];

/** The anchor of the key-figure table on the sources page. */
export const KEY_FIGURES_ANCHOR = 'key-figures';

export async function siteCiters(locale: Locale, keyFiguresTitle: string): Promise<Citer[]> {
  const t = useTranslations(locale);
  const citers: Citer[] = [];
  for (const collection of COLLECTIONS) {
    for (const entry of await getLocalized(collection, locale)) {
      const data = entry.data as { title: string; sources: string[]; figures?: string[] };
      citers.push({
        path: entryPagePath(collection, entrySlug(entry)),
        title: data.title,
        // `sources` plus any source named deeper in the frontmatter (a timeline, an agreement card).
        sources: collectSourceIds(entry.data),
        figures: data.figures ?? [],
      });
    }
  }
  // Data drawn on pages: the transport diagram, the town map (on the site list and every site page), the home page.
  const [transport, townMap] = await Promise.all([getCollection('transport'), getCollection('townMap')]);
  const transportPage = await getPage('transport', locale);
  citers.push({ path: 'transport', title: transportPage.data.title, sources: collectSourceIds(transport.map((item) => item.data)) });
  citers.push({ path: 'sites', title: t('nav.sites'), sources: collectSourceIds(townMap.map((item) => item.data)) });
  citers.push({ path: '', title: t('nav.home'), figures: [...HOME_FIGURES, ...HOME_CHART_FIGURES] });
  const contact = await getPage('contact', locale);
  citers.push({ path: 'contact', title: contact.data.title, sources: contactSources(CONTACT) });
  const figures = await getCollection('figures');
  citers.push({ path: 'sources', hash: KEY_FIGURES_ANCHOR, title: keyFiguresTitle, figures: figures.map((figure) => figure.id) });
  return citers;
}

/** Every source (sorted by id) and, for each, the pages of `locale` that cite it. */
export async function sourceIndex(locale: Locale, keyFiguresTitle: string) {
  const [all, figures] = await Promise.all([getCollection('sources'), getCollection('figures')]);
  const sources = [...all].sort((a, b) => a.id.localeCompare(b.id));
  const citers = await siteCiters(locale, keyFiguresTitle);
  const index = buildSourceIndex(
    sources.map((source) => source.id),
    citers,
    figures.map((figure) => ({ id: figure.id, source: figure.data.source })),
  );
  return { sources, index };
}
