/**
 * The site's editions: the ONE list of languages that everything reads — the routes, the chooser at `/`, the
 * language switcher, hreflang and the sitemap, the search index, the browser editor, the content check,
 * `npm run new`, the bench and the browser tests. Nothing else may spell the languages out.
 *
 * To add an edition: add its entry below and its dictionary in src/i18n/ui/<key>.ts (listed in
 * src/i18n/dictionaries.ts). An edition with `generated` is made at build time from another edition's content and
 * dictionary (zh-hk from zh-cn, through OpenCC: src/i18n/convert/); staff write nothing for it, and a file in its
 * own folder replaces the generated page. The URL key (`zh-cn`) is kept apart from the BCP-47 tag (`zh-CN`) that goes into
 * `<html lang>`, hreflang and `Intl` formatting. Plain TypeScript without imports: plain Node reads it too.
 */

/** What the site needs to know about one edition. */
export interface LocaleSpec {
  /** The language's name in itself, for the chooser at `/` and the language switcher. */
  label: string;
  /** A short form of `label` for narrow screens. */
  short: string;
  /** BCP-47 tag: `<html lang>`, hreflang, the feed's language, Pagefind's index and `Intl` formatting. */
  lang: string;
  /** Open Graph locale (`og:locale`). */
  ogLocale: string;
  /** The tag dates are formatted with, when it differs from `lang` (English dates read "22 February 2023"). */
  dateLang?: string;
  /** Browser language tags (lower-case prefixes) that choose this edition at `/`; the longest match wins. */
  browser: readonly string[];
  /** The language's name in English and Chinese, for the editors' messages of `npm run check:content`. */
  name: { en: string; zh: string };
  /**
   * Where a UI string missing from this edition's dictionary is taken from, in order (src/i18n/translate.ts), and
   * the edition an untranslated page's notice links to first.
   */
  fallbacks: readonly string[];
  /**
   * How numbers with Chinese units (万, 亿) are shown: `chinese` keeps them as the source states them
   * (688 亿元), `western` scales them (68.8 billion yuan). See src/i18n/quantity.ts.
   */
  numbers: 'chinese' | 'western';
  /** What separates the items of an enumeration (`、` in Chinese, `, ` in English); see `joinList`. */
  listSeparator: string;
  /** How an edition writing `numbers: 'chinese'` names 10⁴ and 10⁸ in amounts (5000万元, 1.5亿元), in its own script. */
  myriads?: readonly [tenThousand: string, hundredMillion: string];
  /** Marks around a document's title in running text (《…》 in Chinese); none when left out. */
  titleMarks?: readonly [string, string];
  /**
   * Set when the edition is generated at build time from another edition instead of being written by staff:
   * `from` is the edition its content and UI strings are converted from, `opencc` the OpenCC conversion
   * (opencc-js `Converter({ from, to })`). See src/i18n/convert/.
   */
  generated?: { from: string; opencc: { from: string; to: string } };
}

export const LOCALES = {
  'zh-cn': {
    label: '简体中文',
    // Not “中文”: with the Traditional edition beside it, the short form says which script.
    short: '简体',
    lang: 'zh-CN',
    ogLocale: 'zh_CN',
    browser: ['zh'],
    name: { en: 'Chinese', zh: '中文' },
    fallbacks: ['en'],
    numbers: 'chinese',
    myriads: ['万', '亿'],
    listSeparator: '、',
    titleMarks: ['《', '》'],
  },
  'zh-hk': {
    label: '繁體中文',
    short: '繁體',
    lang: 'zh-HK',
    ogLocale: 'zh_HK',
    browser: ['zh-hk', 'zh-tw', 'zh-mo', 'zh-hant'],
    name: { en: 'Traditional Chinese (Hong Kong)', zh: '繁体中文（香港）' },
    fallbacks: ['en', 'zh-cn'],
    numbers: 'chinese',
    myriads: ['萬', '億'],
    listSeparator: '、',
    titleMarks: ['《', '》'],
    generated: { from: 'zh-cn', opencc: { from: 'cn', to: 'hkp' } },
  },
  en: {
    label: 'English',
    short: 'EN',
    lang: 'en',
    ogLocale: 'en_US',
    dateLang: 'en-GB',
    browser: ['en'],
    name: { en: 'English', zh: '英文' },
    fallbacks: ['zh-cn'],
    numbers: 'western',
    listSeparator: ', ',
  },
} as const satisfies Record<string, LocaleSpec>;

export type Locale = keyof typeof LOCALES;

/** Every edition's key, in the order of the list above: the default first. */
export const LOCALE_KEYS = Object.keys(LOCALES) as [Locale, ...Locale[]];

/** The edition a visitor gets when nothing says otherwise, and the x-default of hreflang: the first of the list. */
export const DEFAULT_LOCALE: Locale = LOCALE_KEYS[0];

/** Text in every edition (names and labels in data files, contact details): one string per locale key. */
export type Localized<T = string> = Record<Locale, T>;

/** The editions generated from another one (`generated` above: zh-hk), as a type. */
export type GeneratedLocale = { [K in Locale]: (typeof LOCALES)[K] extends { generated: object } ? K : never }[Locale];
/** The editions staff write (zh-cn, en), as a type. */
export type WrittenLocale = Exclude<Locale, GeneratedLocale>;

/**
 * Text as staff write it in a data module: the written editions (`zh-cn`, `en`); a generated edition's own text
 * (`zh-hk`) only where the converted one is not right. `withEditions` (src/i18n/convert/editions.ts) makes it `Localized`.
 */
export type Written<T = string> = Record<WrittenLocale, T> & Partial<Record<GeneratedLocale, T>>;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && Object.hasOwn(LOCALES, value);
}

/** The spec of one edition, typed as the interface (so optional fields can be read on every edition). */
export function localeSpec(locale: Locale): LocaleSpec {
  return LOCALES[locale];
}

/** Every edition but `locale`, in list order: the targets of the language switcher and of hreflang alternates. */
export function otherLocales(locale: Locale): Locale[] {
  return LOCALE_KEYS.filter((key) => key !== locale);
}

/** The editions a missing string of `locale` is taken from, in order; every other edition comes last. */
export function fallbackChain(locale: Locale): Locale[] {
  const named = localeSpec(locale).fallbacks.filter(isLocale).filter((key) => key !== locale);
  return [...new Set([...named, ...otherLocales(locale)])];
}

/** The editions staff write themselves, in list order (the content check and `npm run new` ask for these). */
export const WRITTEN_LOCALES = LOCALE_KEYS.filter((key) => !localeSpec(key).generated) as WrittenLocale[];

/** The editions generated at build time from another edition (src/i18n/convert/), in list order. */
export const GENERATED_LOCALES = LOCALE_KEYS.filter((key) => localeSpec(key).generated) as GeneratedLocale[];

/** Whether staff write `locale` themselves (zh-cn, en) rather than it being generated. */
export function isWrittenLocale(locale: Locale): locale is WrittenLocale {
  return !localeSpec(locale).generated;
}

/** The edition `locale` is generated from, or `undefined` for an edition staff write. */
export function generatedFrom(locale: Locale): Locale | undefined {
  const from = localeSpec(locale).generated?.from;
  return isLocale(from) ? from : undefined;
}

/** A value for every edition, made by `make`: `localized((locale) => …)`. */
export function localized<T>(make: (locale: Locale) => T): Localized<T> {
  return Object.fromEntries(LOCALE_KEYS.map((locale) => [locale, make(locale)])) as Localized<T>;
}

/**
 * The value for `locale` from a record that may lack some editions (a dictionary, a template, a data file's
 * text), else the first of its fallbacks that has one; `undefined` only when no edition has one.
 */
export function forLocale<T>(values: Partial<Record<string, T>>, locale: Locale): T | undefined {
  for (const key of [locale, ...fallbackChain(locale)]) {
    const value = values[key];
    if (value !== undefined && value !== '') return value;
  }
  return undefined;
}
