/**
 * hreflang alternates for the sitemap (`<xhtml:link>`), the same as each page's <head> carries: every language's
 * URL of the page plus `x-default` (the language chooser at the site root). @astrojs/sitemap's own i18n option
 * assumes the default language has no URL prefix, which is not true here, so astro.config.mjs uses this instead.
 * Imported by astro.config.mjs, so it runs in plain Node: relative imports carry their `.ts` extension.
 */
import { LOCALE_KEYS, LOCALES, isLocale } from '../i18n/locales.ts';

export interface SitemapLink {
  lang: string;
  url: string;
}

/**
 * The alternates of the page at absolute `url`, for a site at `siteRoot` (origin plus base, ending in `/`).
 * A URL outside the site root gets none.
 */
export function sitemapLinks(url: string, siteRoot: string): SitemapLink[] {
  if (!url.startsWith(siteRoot)) return [];
  const rest = url.slice(siteRoot.length);
  const [first, ...others] = rest.split('/');
  const isRoot = rest === '';
  if (!isRoot && !isLocale(first)) return [];
  const path = isRoot ? '' : others.join('/');
  const links = LOCALE_KEYS.map((locale) => ({ lang: LOCALES[locale].lang, url: `${siteRoot}${locale}/${path}` }));
  return [...links, { lang: 'x-default', url: siteRoot }];
}

/** The site root from Astro's `site` and `base` options: `https://example.org/changping/`. */
export function siteRoot(site: string, base: string): string {
  const origin = site.replace(/\/+$/, '');
  const path = base.replace(/^\/+|\/+$/g, '');
  return path ? `${origin}/${path}/` : `${origin}/`;
}
