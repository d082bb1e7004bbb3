/** News tags as readers see them: each tag's label in an edition. */
import type { Locale } from '~/i18n/locales';
import { lookup } from '~/i18n/translate';

/** A tag's label from the dictionaries (`news.tag.<tag>`, with their fallbacks), or the tag itself when none has it. */
export function tagLabel(tag: string, locale: Locale): string {
  return lookup(locale, `news.tag.${tag}`) ?? tag;
}
