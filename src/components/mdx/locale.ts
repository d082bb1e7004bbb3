/** The language of the page an MDX component is rendered on (every route is /<lang>/…). */
import { DEFAULT_LOCALE, isLocale, type Locale } from '~/i18n/locales';

export function pageLocale(astro: { currentLocale?: string | undefined; url: URL }): Locale {
  if (isLocale(astro.currentLocale)) return astro.currentLocale;
  const segment = astro.url.pathname.slice(import.meta.env.BASE_URL.length).split('/')[0];
  return isLocale(segment) ? segment : DEFAULT_LOCALE;
}
