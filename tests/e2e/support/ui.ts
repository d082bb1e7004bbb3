/**
 * The UI strings of an edition, for browser tests: each edition's dictionary (src/i18n/ui/<locale>.ts), a missing
 * key taken along the edition's fallbacks by `forLocale` (src/i18n/locales.ts), the rule the site's lookup follows.
 * src/i18n/translate.ts itself finds the dictionaries with Vite's `import.meta.glob`, which Playwright does not run.
 */
import { forLocale, LOCALE_KEYS, type Locale } from '../../../src/i18n/locales';
import type { UiDictionary, UiKey } from '../../../src/i18n/ui/zh-cn';

let dictionaries: Promise<Record<string, UiDictionary>> | undefined;

function loadDictionaries(): Promise<Record<string, UiDictionary>> {
  dictionaries ??= Promise.all(
    LOCALE_KEYS.map(async (key) => [key, ((await import(`../../../src/i18n/ui/${key}.ts`)) as { default: UiDictionary }).default] as const),
  ).then(Object.fromEntries);
  return dictionaries;
}

/** A lookup for `locale`; a key no edition defines throws, so a test never compares against a made-up label. */
export async function uiStrings(locale: Locale): Promise<(key: UiKey) => string> {
  const all = await loadDictionaries();
  return (key) => {
    const text = forLocale(Object.fromEntries(LOCALE_KEYS.map((edition) => [edition, all[edition]![key]])), locale);
    if (text === undefined) throw new Error(`no dictionary in src/i18n/ui/ has "${key}"`);
    return text;
  };
}
