/** How titles are shown: which rendering of a source's title an edition shows, its language, its marks. */
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
