/**
 * Shared pieces of the content schemas. Every field carries JSDoc so an editor's IDE explains it on hover;
 * docs/editing.en.md and docs/editing.zh-cn.md explain the same fields in plain words for staff. The collections'
 * schemas are built from these in collections.ts.
 */
import { z } from 'astro/zod';
import { LOCALE_KEYS, LOCALES, localeSpec, type Locale } from '../i18n/locales.ts';
import { withGenerated } from '../i18n/convert/convert.ts';

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
] as const;
export type PolicyType = (typeof POLICY_TYPES)[number];

/** Where a site (industrial carrier) stands. `unknown` when no source after the first announcement says more. */
export const SITE_STATUSES = ['planned', 'under-construction', 'operating', 'redevelopment', 'unknown'] as const;
export type SiteStatus = (typeof SITE_STATUSES)[number];

/** Which page of the `pages` collection an entry is; each has its own route (`policies` is the intro of the policy list). */
export const PAGE_KINDS = ['cooperation-zone', 'transport', 'contact', 'about', 'sources', 'policies'] as const;

/** A date written as YYYY-MM-DD in frontmatter. Quoted or not, it becomes a real date. */
export const isoDate = z.coerce.date({ error: 'expected a date written as YYYY-MM-DD' });

/**
 * Text in every edition, for data files that are not split by language (figures, transport, the town map): one
 * field per edition staff write (`zh-cn: …`, `en: …`), each written in that language. A generated edition
 * (`zh-hk`) may be left out: its text is converted from its source edition's (src/i18n/convert/); writing
 * `zh-hk: …` replaces the converted text.
 */
export const localizedText = z
  .object(
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

/** Fields every Markdown entry has, in either language. */
export const baseEntry = z.object({
  /** The page title, shown as its one `<h1>` and in the browser tab. */
  title: z.string().min(1, 'every entry needs a title'),
  /** One or two sentences: the summary under the title, in lists, in search results and in link previews. */
  description: z.string().min(10, 'write a one- or two-sentence summary').max(260, 'keep the summary under 260 characters'),
  /** Ids of the sources (see src/content/sources/sources.yaml) this page's facts come from. Listed at the foot of the page. */
  sources: z.array(sourceId).default([]),
  /** The day the content was last checked against its sources. Shown as "last updated". */
  updated: isoDate.optional(),
  /** The day by which someone must check the page again; `npm run check:content` warns when it has passed. */
  reviewBy: isoDate.optional(),
  /** `true` while this file is an untranslated copy of the other language: the page then shows a "not yet translated" notice. */
  untranslated: z.boolean().default(false),
  /** `true` keeps the entry out of the built site (work in progress). */
  draft: z.boolean().default(false),
});
