/**
 * UI string lookup, built on i18next. Each language has one dictionary in src/i18n/ui/; the Chinese one defines
 * the keys. A key missing (or empty) in one language falls back to the other language's text, never to an empty
 * string or to the raw key.
 */
import i18next, { type i18n } from 'i18next';
import { LOCALE_KEYS, otherLocale, type Locale } from '~/i18n/locales';
import { en } from '~/i18n/ui/en';
import { zhCn, type UiKey } from '~/i18n/ui/zh-cn';

export type { UiKey };
/** A dictionary for one language: any subset of the reference keys. */
export type UiDictionary = Partial<Record<UiKey, string>>;
/** Translate a key, with `{{name}}` values interpolated. */
export type Translate = (key: UiKey, values?: Record<string, string | number>) => string;

export const DICTIONARIES: Record<Locale, UiDictionary> = { 'zh-cn': zhCn, en };

/** Makes an i18next instance from dictionaries; exported so tests can pass incomplete ones. */
export function createI18n(dictionaries: Record<Locale, UiDictionary>): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    initAsync: false,
    resources: Object.fromEntries(
      LOCALE_KEYS.map((locale) => [locale, { translation: withoutEmpty(dictionaries[locale]) }]),
    ),
    lng: LOCALE_KEYS[0],
    fallbackLng: (code: string) => [otherLocale(code as Locale)],
    supportedLngs: LOCALE_KEYS,
    lowerCaseLng: true,
    load: 'currentOnly',
    keySeparator: false,
    nsSeparator: false,
    returnEmptyString: false,
    returnNull: false,
    interpolation: { escapeValue: false },
  });
  return instance;
}

const shared = createI18n(DICTIONARIES);

// Texts without values, remembered per instance and language: the dictionaries do not change while the site
// builds, and i18next's lookup was a large share of rendering thousands of pages (see docs/performance.md).
const remembered = new WeakMap<i18n, Map<string, string>>();

/** The translate function for one language. */
export function useTranslations(locale: Locale, instance: i18n = shared): Translate {
  const t = instance.getFixedT(locale);
  let memo = remembered.get(instance);
  if (!memo) remembered.set(instance, (memo = new Map()));
  const cache = memo;
  return (key, values) => {
    const cacheKey = `${locale} ${key}`;
    if (!values) {
      const hit = cache.get(cacheKey);
      if (hit !== undefined) return hit;
    }
    const text = t(key, values ?? {}) as string;
    const result = text === key ? `[${key}]` : text;
    if (!values) cache.set(cacheKey, result);
    return result;
  };
}

function withoutEmpty(dictionary: UiDictionary): UiDictionary {
  return Object.fromEntries(Object.entries(dictionary).filter(([, value]) => value)) as UiDictionary;
}
