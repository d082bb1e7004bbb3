/**
 * The header search box's UI strings for one language, as JSON at /<lang>/search/strings.json. The box's code
 * fetches them when a visitor starts searching, so no page carries them in its HTML.
 */
import type { APIRoute } from 'astro';
import type { Locale } from '~/i18n/locales';
import { useTranslations } from '~/i18n/translate';
import { HEADER_KEYS, pickStrings } from '~/model/search/strings';
import { localeStaticPaths } from '~/site/paths';

export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(pickStrings(useTranslations(params.lang as Locale), HEADER_KEYS)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
