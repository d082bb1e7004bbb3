/**
 * URLs inside the site. Every page lives at `<base><locale>/<path>/`; the same `path` names the page in both
 * languages. `base` is Astro's BASE_URL (`/` or a sub-path such as `/changping/`), so links keep working when
 * the site is served from a sub-path.
 */
import { isLocale, LOCALE_KEYS, type Locale } from '~/i18n/locales';

const BASE: string = import.meta.env.BASE_URL ?? '/';

/** `/a/b` or `a/b/` → `a/b` (no leading or trailing slash). */
export function trimSlashes(path: string): string {
  return path.replace(/^\/+|\/+$/g, '');
}

/** Joins the base and path parts into a URL path ending in `/` (or with a file extension, without). */
export function withBase(path: string, base: string = BASE): string {
  const joined = [trimSlashes(base), trimSlashes(path)].filter(Boolean).join('/');
  const leading = `/${joined}`;
  if (joined === '') return '/';
  return /\.[a-z0-9]+$/i.test(joined) ? leading : `${leading}/`;
}

/** The URL of page `path` in `locale`: localePath('en', 'policies') → `/en/policies/`. */
export function localePath(locale: Locale, path = '', base: string = BASE): string {
  // Asked for dozens of times on every page (navigation, footer, alternates) with the same few arguments.
  const key = `${locale}|${path}|${base}`;
  let url = localePaths.get(key);
  if (url === undefined) localePaths.set(key, (url = withBase(`${locale}/${trimSlashes(path)}`, base)));
  return url;
}

const localePaths = new Map<string, string>();

/** Splits a URL path into its locale and the locale-neutral page path, or `undefined` when it has no locale. */
export function parseLocalePath(pathname: string, base: string = BASE): { locale: Locale; path: string } | undefined {
  let rest = trimSlashes(pathname);
  const prefix = trimSlashes(base);
  if (prefix) {
    if (rest !== prefix && !rest.startsWith(`${prefix}/`)) return undefined;
    rest = trimSlashes(rest.slice(prefix.length));
  }
  const [first, ...others] = rest.split('/');
  if (!isLocale(first)) return undefined;
  return { locale: first, path: others.join('/') };
}

/** The same page in another language. */
export function switchLocale(pathname: string, target: Locale, base: string = BASE): string {
  const parsed = parseLocalePath(pathname, base);
  return localePath(target, parsed?.path ?? '', base);
}

/** Every language's URL of one page, for hreflang links and the language switcher. */
export function alternatePaths(path: string, base: string = BASE): Record<Locale, string> {
  return Object.fromEntries(LOCALE_KEYS.map((locale) => [locale, localePath(locale, path, base)])) as Record<
    Locale,
    string
  >;
}

/** `getStaticPaths` for a page that exists once per language. */
export function localeStaticPaths() {
  return LOCALE_KEYS.map((lang) => ({ params: { lang } }));
}
