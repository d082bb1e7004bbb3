/**
 * The site's languages. The URL key (`zh-cn`) is kept apart from the BCP-47 tag (`zh-CN`) that goes into
 * `<html lang>`, hreflang and `Intl` formatting. Add a language here and in `src/i18n/ui/`.
 */
export const LOCALES = {
  'zh-cn': { label: '简体中文', short: '中文', lang: 'zh-CN', ogLocale: 'zh_CN' },
  en: { label: 'English', short: 'EN', lang: 'en', ogLocale: 'en_US' },
} as const;

export type Locale = keyof typeof LOCALES;

/** Every locale key, the default first. */
export const LOCALE_KEYS = Object.keys(LOCALES) as Locale[];

/** The language a visitor gets when nothing says otherwise, and the x-default of hreflang. */
export const DEFAULT_LOCALE: Locale = 'zh-cn';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && value in LOCALES;
}

/** The other language of a two-language site: the target of the language switcher and of fallbacks. */
export function otherLocale(locale: Locale): Locale {
  return LOCALE_KEYS.find((key) => key !== locale) ?? DEFAULT_LOCALE;
}
