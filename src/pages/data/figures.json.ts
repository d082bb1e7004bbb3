/** Open data: every key figure with its labels, value, unit, date and source, as JSON at /data/figures.json. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { figureRecords } from '~/model/figures/records';
import { DEFAULT_LOCALE, localized } from '~/i18n/locales';
import { useTranslations } from '~/i18n/translate';
import { localePath, withBase } from '~/site/paths';
import { buildDate } from '~/model/build-date';

export const GET: APIRoute = async ({ site, url }) => {
  const [figures, sources] = await Promise.all([getCollection('figures'), getCollection('sources')]);
  const origin = site ?? new URL(url.origin);
  const body = {
    title: localized((locale) => useTranslations(locale)('openData.title')),
    description: localized((locale) => useTranslations(locale)('openData.description')),
    generated: buildDate().toISOString().slice(0, 10),
    homepage: new URL(localePath(DEFAULT_LOCALE, 'sources'), origin).href,
    csv: new URL(withBase('data/figures.csv'), origin).href,
    figures: figureRecords(figures, sources),
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
