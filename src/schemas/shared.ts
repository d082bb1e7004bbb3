/**
 * Shared pieces of the content schemas. Every field carries JSDoc so an editor's IDE explains it on hover;
 * docs/editing.en.md and docs/editing.zh-cn.md explain the same fields in plain words for staff. The collections'
 * schemas are built from these in collections.ts.
 */
import { z } from 'astro/zod';
import { LOCALE_KEYS, LOCALES, localeSpec, type Locale } from '../i18n/locales.ts';
import { withGenerated } from '../i18n/convert/convert.ts';
import { impossibleDate } from './calendar-date.ts';

/** Sectors used to tag industries, sites and policies, and to filter the policy list and search. */
export const SECTORS = [
  'electronic-information',
  'high-end-equipment',
  'new-energy',
  'new-materials',
  'textiles-garments',
  'logistics',
  'cross-sector',
] as const;
export type Sector = (typeof SECTORS)[number];

/** The government level that issued a policy. */
export const POLICY_LEVELS = ['town', 'city', 'province', 'national'] as const;
export type PolicyLevel = (typeof POLICY_LEVELS)[number];

/** What a policy mainly supports. */
export const POLICY_TYPES = [
  'industrial',
  'investment',
  'headquarters',
  'talent',
  'finance',
  'technology',
  'land',
  'tax',
] as const;
export type PolicyType = (typeof POLICY_TYPES)[number];

/** Where a site (industrial carrier) stands. `unknown` when no source after the first announcement says more. */
export const SITE_STATUSES = ['planned', 'under-construction', 'operating', 'redevelopment', 'unknown'] as const;
export type SiteStatus = (typeof SITE_STATUSES)[number];

/** Which page of the `pages` collection an entry is; each has its own route (`policies` is the intro of the policy list). */
export const PAGE_KINDS = ['home', 'cooperation-zone', 'transport', 'contact', 'about', 'sources', 'policies', 'costs'] as const;

/**
 * A date written as YYYY-MM-DD in frontmatter. Quoted or not, it becomes a real date; a day that does not exist
 * (`2024-13-45`, `2023-02-30`) is refused instead of rolling over (see calendar-date.ts; the build's loaders refuse
 * it too, as their YAML reader rolls it over before the schema sees it).
 */
export const isoDate = z.preprocess(
  (value) => (typeof value === 'string' && value.trim() && !impossibleDate(value) ? new Date(value) : value),
  z.date({ error: 'expected a date written as YYYY-MM-DD' }),
);

/**
 * Text in every edition, for data files that are not split by language (figures, transport): one field per
 * edition staff write (`zh-cn: …`, `en: …`), each written in that language. A generated edition (`zh-hk`) may be
 * left out: its text is converted from its source edition's (src/i18n/convert/); writing `zh-hk: …` replaces the
 * converted text. No other key: in `{ zh-cn: …, en: … }` an unquoted comma ends the text, and the rest would
 * become a key of its own, so text with a comma goes in quotes.
 */
export const localizedText = z
  .strictObject(
    Object.fromEntries(
      LOCALE_KEYS.map((locale) => {
        const text = z.string().min(1, `write the ${LOCALES[locale].name.en} text`);
        return [locale, localeSpec(locale).generated ? text.optional() : text];
      }),
    ) as Record<Locale, z.ZodString>,
  )
  .transform((text) => withGenerated(text) as Record<Locale, string>);
export type LocalizedText = z.infer<typeof localizedText>;

/** A reference to an entry of the `sources` collection, by its id (e.g. `nanfangplus-2023-02-22`). */
export const sourceId = z.string().regex(/^[a-z0-9-]+$/, 'a source id: lower-case letters, digits and dashes');

/**
 * How long a title may be, in characters, per language: what fits the news list and cards on two lines and a
 * search result's title line (about 30–40 Chinese characters, 60–90 Latin ones). Longer titles are cut off there.
 * `npm run check:content` applies these; the schema itself refuses anything over `TITLE_HARD_LIMIT`.
 */
export const TITLE_LIMITS = { zh: 40, en: 90 } as const;
/** The longest title the build accepts in any language: longer is a paste gone wrong, not a title. */
export const TITLE_HARD_LIMIT = 200;
/** The title limit of an edition: Chinese editions `TITLE_LIMITS.zh`, others `TITLE_LIMITS.en`. */
export function titleLimit(locale: string): number {
  return locale.startsWith('zh') ? TITLE_LIMITS.zh : TITLE_LIMITS.en;
}

/**
 * Fields every Markdown entry has, in either language. Strict: a field the schema does not know (a `slug:`
 * pasted from another entry, a mistyped name) stops the build and the content check alike.
 */
export const baseEntry = z.strictObject({
  /**
   * The page title, shown as its one `<h1>` and in the browser tab. At most 40 characters in Chinese and 90 in
   * English (`TITLE_LIMITS`, checked by `npm run check:content`); never over 200 (`TITLE_HARD_LIMIT`).
   */
  title: z.string().min(1, 'every entry needs a title').max(TITLE_HARD_LIMIT),
  /** One or two sentences: the summary under the title, in lists, in search results and in link previews. */
  description: z.string().min(10, 'write a one- or two-sentence summary').max(260, 'keep the summary under 260 characters'),
  /** Ids of the sources (see src/content/sources/sources.yaml) this page's facts come from. Listed at the foot of the page. */
  sources: z.array(sourceId).default([]),
  /**
   * Words visitors may search for that the page itself rarely uses: short names, abbreviations, other spellings,
   * the name in the other language (香港, HK, Hong Kong; 中欧班列, China–Europe Railway Express). Not shown on the
   * page; site search ranks the page near the top for each of them, as it does for the title.
   */
  keywords: z.array(z.string().min(1, 'a keyword cannot be empty')).default([]),
  /** The day the content was last checked against its sources. Shown as "last updated". */
  updated: isoDate.optional(),
  /** The day by which someone must check the page again; `npm run check:content` warns when it has passed. */
  reviewBy: isoDate.optional(),
  /** `true` while this file is an untranslated copy of the other language: the page then shows a "not yet translated" notice. */
  untranslated: z.boolean().default(false),
  /** `true` keeps the entry out of the built site (work in progress). */
  draft: z.boolean().default(false),
});
