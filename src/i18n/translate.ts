/**
 * UI string lookup, built on i18next. Each edition has one dictionary, src/i18n/ui/<locale>.ts (found by its file
 * name); the Chinese one defines the keys. A key missing (or empty) in one edition falls back along the edition's
 * `fallbacks` (src/i18n/locales.ts), never to an empty string or to the raw key.
 */
import i18next, { type i18n } from 'i18next';
import { fallbackChain, forLocale, LOCALE_KEYS, localized, type Locale } from './locales';
import type { UiDictionary, UiKey } from './ui/zh-cn';

export type { UiDictionary, UiKey };
/** Translate a key, with `{{name}}` values interpolated. */
export type Translate = (key: UiKey, values?: Record<string, string | number>) => string;

const modules = import.meta.glob<UiDictionary>('./ui/*.ts', { eager: true, import: 'default' });

/** Every edition's dictionary, by locale key. An edition without its file in src/i18n/ui/ stops the build. */
export const DICTIONARIES: Record<Locale, UiDictionary> = localized((locale) => {
  const dictionary = modules[`./ui/${locale}.ts`];
  if (!dictionary) throw new Error(`src/i18n/locales.ts lists "${locale}", but src/i18n/ui/${locale}.ts is missing`);
  return dictionary;
});

/** Makes an i18next instance from dictionaries; exported so tests can pass incomplete ones. */
export function createI18n(dictionaries: Partial<Record<Locale, UiDictionary>>): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    initAsync: false,
    resources: Object.fromEntries(
      LOCALE_KEYS.map((locale) => [locale, { translation: withoutEmpty(dictionaries[locale] ?? {}) }]),
    ),
    lng: LOCALE_KEYS[0],
    fallbackLng: (code: string) => fallbackChain(code as Locale),
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
  const template = (key: UiKey) => {
    const cacheKey = `${locale} ${key}`;
    let text = cache.get(cacheKey);
    if (text === undefined) {
      // Without values i18next leaves each {{name}} as it stands: the text is the template.
      const found = t(key, {}) as string;
      cache.set(cacheKey, (text = found === key ? `[${key}]` : found));
    }
    return text;
  };
  // Values are put in here, as i18next would (escapeValue off; a {{name}} without a value stays as it is; an inserted
  // value is not read again), so a call with values costs a lookup in the memo instead of a pass through i18next.
  return (key, values) => (values ? interpolate(template(key), values) : template(key));
}

const PLACEHOLDER = /\{\{\s*([\w.-]+)\s*\}\}/g;

/**
 * `{{name}}` in `text` replaced by `values.name`, as i18next does it: a name not among the values stays as it is,
 * one given as undefined or null becomes empty.
 */
export function interpolate(text: string, values: Record<string, string | number>): string {
  if (!text.includes('{{')) return text;
  return text.replace(PLACEHOLDER, (match, name: string) => {
    if (!(name in values)) return match;
    const value: unknown = values[name];
    return value === undefined || value === null ? '' : String(value);
  });
}

/**
 * A key's text in `locale` or its fallbacks, or `undefined` when no dictionary has it: for keys made from data
 * (a news tag's label), where the caller has its own last resort.
 */
export function lookup(locale: Locale, key: string): string | undefined {
  const cacheKey = `${locale} ${key}`;
  if (looked.has(cacheKey)) return looked.get(cacheKey);
  const text = forLocale(Object.fromEntries(LOCALE_KEYS.map((l) => [l, (DICTIONARIES[l] as Record<string, string>)[key]])), locale);
  looked.set(cacheKey, text);
  return text;
}

/** `lookup` results: the dictionaries are fixed while the site builds, and tag labels are asked for on every page. */
const looked = new Map<string, string | undefined>();

function withoutEmpty(dictionary: UiDictionary): UiDictionary {
  return Object.fromEntries(Object.entries(dictionary).filter(([, value]) => value)) as UiDictionary;
}
