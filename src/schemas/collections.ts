/**
 * The schema of every collection, built from the shared pieces in shared.ts. Plain TypeScript (no `astro:`
 * virtual modules), so `npm run check:content`, `npm run new`, the browser editor's configuration and the tests
 * validate content against exactly the schemas the build uses; src/content.config.ts only wires loaders to them.
 * Every field carries JSDoc, so an editor's IDE explains it on hover.
 */
import { z } from 'astro/zod';
import { QUALIFIERS, UNIT_KEYS } from '../i18n/units.ts';
import { generatedEditions } from '../i18n/convert/convert.ts';
import {
  baseEntry,
  localizedText,
  isoDate,
  PAGE_KINDS,
  POLICY_LEVELS,
  POLICY_TYPES,
  SECTORS,
  SITE_STATUSES,
  sourceId,
} from './shared.ts';
import { POLICY_LINK_KINDS, policyRule } from './policy-rules.ts';
import { agreement, timelineItem } from './section-data.ts';

/** Industry clusters: one page per cluster at /<lang>/industries/<slug>/. */
export const industrySchema = baseEntry.extend({
  /** The sector this cluster is; links it to sites and policies tagged with the same sector. */
  sector: z.enum(SECTORS),
  /** `true` for the town's stated focus directions (shown first, and on the home page). */
  focus: z.boolean().default(false),
  /** Position in lists, smallest first. */
  order: z.number().int().default(100),
  /** Ids of key figures (src/content/figures/figures.yaml) to show on the page. */
  figures: z.array(z.string()).default([]),
  /** Short phrases: what kind of companies or projects the town is looking for in this cluster. */
  seeking: z.array(z.string()).default([]),
});

/** Policies and incentives: one page per policy at /<lang>/policies/<slug>/. */
export const policySchema = baseEntry.extend({
  /** The body that issued the policy, e.g. 东莞市人民政府办公室 / Dongguan Municipal Government Office. */
  issuer: z.string().min(1),
  /** The official document number, e.g. 东府办〔2024〕21号. Leave out when the source gives none. */
  docNumber: z.string().optional(),
  /** The day the policy was issued; when only the month or year is known, its first day (and say so in `issuedPrecision`). */
  issued: isoDate,
  /** How precisely `issued` is known: `month` for a policy only known from a report of that month. Never shown more precisely. */
  issuedPrecision: z.enum(['year', 'month', 'day']).default('day'),
  /** The day it takes effect, when different from `issued`. */
  effective: isoDate.optional(),
  /** The day it ends. Leave out when the source gives no end date; for "until 2027", write 2027-12-31 with `expiresPrecision: year`. */
  expires: isoDate.optional(),
  /** How precisely `expires` is known. */
  expiresPrecision: z.enum(['year', 'month', 'day']).default('day'),
  /** The level of government behind it. */
  level: z.enum(POLICY_LEVELS),
  /** What it mainly supports. */
  type: z.enum(POLICY_TYPES),
  /** Sectors it applies to; `cross-sector` when it is open to all. */
  sectors: z.array(z.enum(SECTORS)).min(1, 'name at least one sector, or cross-sector'),
  /** Who can apply: one short condition per item. */
  eligibility: z.array(z.string()).min(1, 'say who is eligible'),
  /** What support it gives: one short item each, with amounts only as the source states them. */
  support: z.array(z.string()).min(1, 'say what support it gives'),
  /** How to apply, in a sentence or two; name the office when the source does. */
  howToApply: z.string().min(1),
  /** Link to the original document, or else the best page about it; `urlKind` says which. */
  url: z.url({ error: 'expected the full address of the original, starting https://' }),
  /**
   * What `url` leads to: `original` (the document itself, on its publisher's site), `official-page` (an official
   * page about it), `press` (a news report) or `repost` (a copy of the text elsewhere). Only `original` is offered
   * as "read the original"; the others are labelled as what they are.
   */
  urlKind: z.enum(POLICY_LINK_KINDS),
  /** The file name (slug) of the policy that replaces this one; the status then shows "replaced" with a link to it. */
  supersededBy: z.string().regex(/^[a-z0-9-]+$/, 'the file name of the newer policy, without .md').optional(),
  /** What the policy gives, as rules the incentive finder can check (see src/schemas/policy-rules.ts). */
  rules: z.array(policyRule).default([]),
  /**
   * Optional override of the status worked out from the dates. `npm run check:content` flags an entry marked
   * `in-force` after its `expires` date.
   */
  status: z.enum(['in-force', 'expired', 'superseded']).optional(),
});

/**
 * One value of a site's facts block: a key figure (`figure: <id>`, shown with its own source and date), or a short
 * `text` with the id of the `source` that says it. Leave the field out when no source gives it: the page then
 * lists it once, in one line, as not published.
 */
export const siteFact = z
  .object({
    /** Id of a key figure in src/content/figures/figures.yaml. */
    figure: z.string().optional(),
    /** What the source says, in a few words, in this page's language. */
    text: z.string().min(1).optional(),
    /** Id of the source that says `text`. */
    source: sourceId.optional(),
  })
  .refine((f) => (f.figure ? !f.text && !f.source : Boolean(f.text && f.source)), {
    message: 'give either `figure:` (a key figure id), or `text:` with its `source:`',
  });

/** The facts a site selector compares, one line each; a field left out is shown as not published. */
export const siteFacts = z.object({
  /** Site area. */
  area: siteFact.optional(),
  /** Land use (industrial, mixed, residential …). */
  landUse: siteFact.optional(),
  /** Floor space built or planned. */
  floorSpace: siteFact.optional(),
  /** Whether and when space can be had, and how (sale, lease, plots). */
  availability: siteFact.optional(),
  /** Price or rent. */
  price: siteFact.optional(),
  /** Power, water, gas and the like. */
  utilities: siteFact.optional(),
  /** Who to ask: an official channel, with its source. */
  contact: siteFact.optional(),
});

/** Sites on offer (industrial carriers): /<lang>/sites/<slug>/. */
export const siteSchema = baseEntry.extend({
  /** Where it is, in words (community, next to which station or road). */
  location: z.string().min(1),
  /** Where the project stands, as far as sources say. */
  status: z.enum(SITE_STATUSES),
  /** Sectors the site is meant for. */
  sectors: z.array(z.enum(SECTORS)).default([]),
  /** Ids of further key figures about the site, from src/content/figures/figures.yaml (not those in `facts`). */
  figures: z.array(z.string()).default([]),
  /** The facts block at the top of the page: area, land use, floor space, availability, price, utilities, who to ask. */
  facts: siteFacts.default({}),
  /** Position in lists, smallest first. */
  order: z.number().int().default(100),
});

/** News: /<lang>/news/<slug>/, newest first, with a feed at /<lang>/news/rss.xml. */
export const newsSchema = baseEntry.extend({
  /** The day of the event or of the original report. */
  date: isoDate,
  /** A few lower-case tags, the same in every edition (e.g. cooperation-zone, investment, transport). */
  tags: z.array(z.string().regex(/^[a-z0-9-]+$/, 'tags are lower-case words joined by dashes')).default([]),
  /** Link to the original report this item summarises. */
  originalUrl: z.url().optional(),
  /**
   * A picture for the top of the article, kept once for both languages in src/content/news/images/ and
   * written as a path from the Markdown file: `../images/2026-12-01-signing.jpg`. A plain path here: the news page
   * loads the file (src/queries/news-images.ts).
   */
  image: z.string().min(1).optional(),
  /** What the picture shows, for readers who cannot see it; required with `image` (`npm run check:content` says so). */
  imageAlt: z.string().optional(),
});

/** Single pages with their own route: the cooperation zone, transport, contact, about, sources. */
export const pageSchema = baseEntry.extend({
  /** Which page this is; it must match the file name. */
  kind: z.enum(PAGE_KINDS),
  /** The cooperation-zone page only: the agreement, shown as a card above the text. */
  agreement: agreement.optional(),
  /** Dated events shown as a timeline under the text, oldest first (the cooperation-zone page uses it). */
  timeline: z.array(timelineItem).default([]),
});

/** Key figures: language-neutral data, each with its source and date (src/content/figures/figures.yaml). */
export const figureSchema = z.object({
  /** What the number measures, in every edition. */
  label: localizedText,
  /** The number itself, in the unit below (e.g. 688 with unit 亿元 / 100 million yuan). */
  value: z.number(),
  /** `more-than` when the source says "over …" (超, 以上), `about` for "about …" (约). */
  qualifier: z.enum(QUALIFIERS).default('exact'),
  /**
   * The unit, as the source gives it: `yuan-100m` (亿元), `people-10k` (万人), `tonnes-10k` (万吨), `km2`, `km`,
   * `mu` (亩), `percent`, `days`, `companies` (家), `merchants` (户), `projects` (宗), `stations` (座),
   * `units` (个), `rank` (第…位), `yuan` (元), `yuan-10k` (万元), `yuan-month` (元/月), `yuan-hour` (元/小时),
   * `yuan-year` (元/年), `usd-100m` (亿美元), `people` (人), `sqm-10k` (万平方米). The site shows it in each language's own form
   * (688 亿元 = 68.8 billion yuan).
   */
  unit: z.enum(UNIT_KEYS),
  /**
   * The date or period the figure itself describes (for a yearly figure, 31 December of that year), never the day
   * someone read the page. When the source prints no date, write `undated`: the site then says "date not given".
   */
  asOf: z.union([z.literal('undated'), isoDate]),
  /** How precisely to show `asOf`: a year, a month or a day. */
  asOfPrecision: z.enum(['year', 'month', 'day']).default('year'),
  /**
   * Whose figure it is: `town` (Changping itself, [CP]), `city` (all of Dongguan, [DG]), `province` (Guangdong,
   * [GD]) or `national` ([CN]). Shown next to the number, so a Dongguan-wide figure is never read as Changping's.
   */
  level: z.enum(POLICY_LEVELS).default('town'),
  /**
   * The id of a figure this one is a part of (e.g. a site's core area, part of its whole area). A part and its
   * whole are never drawn as bars of one chart.
   */
  partOf: z.string().optional(),
  /** The id of the source it comes from (src/content/sources/sources.yaml). A figure without one does not build. */
  source: sourceId,
  /** A short remark in every edition, e.g. when sources disagree. */
  note: localizedText.optional(),
});

/** Every source the site cites (src/content/sources/sources.yaml). */
export const sourceSchema = z
  .object({
    /** The title as published, in its own language. */
    title: z.string().min(1),
    /** An English rendering of the title, for the English site. */
    titleEn: z.string().optional(),
    /** Who published it (newspaper, government body, encyclopedia). */
    publisher: z.string().min(1),
    /** Its address. One of `url`, `docNumber` or `reference` is required. */
    url: z.url().optional(),
    /** An official document number, for a source cited by number. */
    docNumber: z.string().optional(),
    /** A bibliographic description, for a source with no public address (an app article, a print edition). */
    reference: z.string().optional(),
    /** When it was published, if known. */
    published: isoDate.optional(),
    /** When the project last read it. */
    accessed: isoDate,
    /** `true` when this is a mirror or repost of the original: the site then cites it as "via". */
    via: z.boolean().default(false),
  })
  .refine((s) => s.url || s.docNumber || s.reference, {
    message: 'a source needs a url, a docNumber or a reference',
  })
  .transform((source) => ({
    ...source,
    /**
     * Filled in by the build, never written: the title, publisher, document number and reference as each
     * generated edition (zh-hk) shows them, converted from the text above (src/i18n/convert/).
     */
    editions: generatedEditions(source, ['title', 'publisher', 'docNumber', 'reference'] as const),
  }));

/** The Markdown collections: one file per language at src/content/<collection>/<lang>/<slug>.md. */
export const MARKDOWN_SCHEMAS = {
  industries: industrySchema,
  policies: policySchema,
  sites: siteSchema,
  news: newsSchema,
  pages: pageSchema,
} as const;
export type MarkdownCollection = keyof typeof MARKDOWN_SCHEMAS;

/** The data collections: one YAML file each, a list of entries with an `id`. */
export const DATA_SCHEMAS = {
  figures: { file: 'src/content/figures/figures.yaml', schema: figureSchema },
  sources: { file: 'src/content/sources/sources.yaml', schema: sourceSchema },
} as const;
export type DataCollection = keyof typeof DATA_SCHEMAS;
