/** The news feed of one language: /<lang>/news/rss.xml, newest first, with absolute links that honour site and base. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { LOCALES, type Locale } from '~/i18n/locales';
import { useTranslations } from '~/i18n/translate';
import { getLocalized } from '~/queries/collections';
import { entrySlug } from '~/model/entries';
import { localePath, localeStaticPaths, withBase } from '~/site/paths';
import { byNewest } from '~/model/news/news';
import { tagLabel } from '~/model/news/tags';

export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute = async ({ params, site, url }) => {
  const locale = params.lang as Locale;
  const t = useTranslations(locale);
  const origin = site ?? new URL(url.origin);
  const absolute = (path: string) => new URL(path, origin).href;
  const entries = (await getLocalized('news', locale)).sort(byNewest);
  return rss({
    title: `${t('site.name')} · ${t('nav.news')}`,
    description: t('news.description'),
    site: absolute(localePath(locale, 'news')),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: [
      `<language>${LOCALES[locale].lang}</language>`,
      `<atom:link href="${absolute(withBase(`${locale}/news/rss.xml`))}" rel="self" type="application/rss+xml"/>`,
    ].join(''),
    items: entries.map((entry) => ({
      title: entry.data.title,
      description: entry.data.description,
      pubDate: entry.data.date,
      link: absolute(localePath(locale, `news/${entrySlug(entry)}`)),
      categories: entry.data.tags.map((tag) => tagLabel(tag, locale)),
    })),
  });
};
