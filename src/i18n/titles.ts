/**
 * How titles are shown: a page's <title> (with the site name, within the length search results and tabs show),
 * and which rendering of a source's title an edition shows, its language, its marks.
 */
import { localeSpec, type Locale } from './locales';

/** The language a title is written in, judged by its script: any Han character makes it Chinese. */
export function titleLang(title: string): 'zh-CN' | 'en' {
  return /\p{Script=Han}/u.test(title) ? 'zh-CN' : 'en';
}

/** The primary language subtag of an edition: `zh` for zh-CN, `en` for en. */
function primary(lang: string): string {
  return lang.split('-')[0]!.toLowerCase();
}

/** A source's title as a page in `locale` shows it: its English rendering (`titleEn`) on English pages, when it has one. */
export function displayTitle(source: { title: string; titleEn?: string | undefined }, locale: Locale): string {
  return primary(localeSpec(locale).lang) === 'en' && source.titleEn ? source.titleEn : source.title;
}

/** The `lang` attribute a title needs on a page in `locale`: none when it is in the page's language. */
export function titleLangAttr(title: string, locale: Locale): string | undefined {
  const lang = titleLang(title);
  // A Chinese title on a page of any Chinese edition is in that edition's script: a generated edition converts it.
  if (lang === 'zh-CN' && primary(localeSpec(locale).lang) === 'zh') return undefined;
  return lang === localeSpec(locale).lang ? undefined : lang;
}

/** A document's title in running text, with the edition's title marks: 《…》 in Chinese, bare in English. */
export function quoteTitle(title: string, locale: Locale): string {
  const marks = localeSpec(locale).titleMarks;
  return marks ? `${marks[0]}${title}${marks[1]}` : title;
}

/** Longest <title> text, in characters as written in the HTML (html-validate's `long-title` rule; search engines cut near it). */
export const MAX_TITLE_LENGTH = 70;

/** Characters the build writes as entities in the HTML (`&` → `&amp;`), and their length there. */
const ESCAPED: Record<string, number> = { '&': 5, '<': 4, '>': 4, '"': 6 };

/** Length of `text` once written into the HTML: code points, an escaped character counting as its entity. */
export function htmlLength(text: string): number {
  let length = 0;
  for (const char of text) length += ESCAPED[char] ?? 1;
  return length;
}

/**
 * The text of a page's <title>: `${title} · ${siteName}` when it fits in `max` characters; else the title alone;
 * a title longer still is cut at a word (or, in Chinese, anywhere) and ends with "…". The full title stays in the
 * page's <h1> and og:title. The home page passes the site name and its tagline.
 */
export function documentTitle(title: string, siteName: string, max = MAX_TITLE_LENGTH): string {
  const withSite = `${title} · ${siteName}`;
  if (htmlLength(withSite) <= max) return withSite;
  if (htmlLength(title) <= max) return title;
  let cut = '';
  for (const char of title) {
    if (htmlLength(cut + char) > max - 1) break;
    cut += char;
  }
  // Cut at the last space when the title is made of words and the cut keeps most of it.
  const space = cut.lastIndexOf(' ');
  const kept = space > cut.length * 0.6 ? cut.slice(0, space) : cut;
  return `${kept.replace(/[\s,.;:·–—-]+$/u, '')}…`;
}
