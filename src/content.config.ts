/**
 * The content model. Markdown lives at `src/content/<collection>/<lang>/<slug>.md` (`lang` is an edition staff
 * write, `zh-cn` or `en`, and the slug is the same English word in every language); language-neutral data lives in
 * YAML files. The generated zh-hk entries are added by the loader (src/build/edition-loader.ts).
 * A field that fails its schema stops the build with the file, the field and what was expected.
 *
 * The schemas themselves (every field documented) are in src/schemas/collections.ts, plain TypeScript shared with
 * `npm run check:content`, `npm run new` and the CMS configuration test; this file only wires loaders to them.
 */
import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { editionsGlob } from '~/build/edition-loader';
import {
  DATA_SCHEMAS,
  figureSchema,
  industrySchema,
  MARKDOWN_SCHEMAS,
  pageSchema,
  policySchema,
  siteSchema,
  sourceSchema,
} from '~/schemas/collections';
import { transportItem } from '~/schemas/section-data';
import { tolerantInDev } from '~/build/dev-tolerant-loader';
import { strictDates } from '~/build/strict-dates-loader';

/** Impossible dates are refused (a build stops; under `npm run dev` the entry is left out like any other broken one). */
const markdown = (collection: string) =>
  strictDates(tolerantInDev(editionsGlob({ pattern: '*/**/[^_]*.{md,mdx}', base: `./src/content/${collection}` })));

export const collections = {
  industries: defineCollection({ loader: markdown('industries'), schema: industrySchema }),
  policies: defineCollection({ loader: markdown('policies'), schema: policySchema }),
  sites: defineCollection({ loader: markdown('sites'), schema: siteSchema }),
  // One schema object for every news item (not Astro's per-entry `image()`): src/queries/news-images.ts.
  news: defineCollection({ loader: markdown('news'), schema: MARKDOWN_SCHEMAS.news }),
  pages: defineCollection({ loader: markdown('pages'), schema: pageSchema }),
  figures: defineCollection({ loader: strictDates(tolerantInDev(file(DATA_SCHEMAS.figures.file))), schema: figureSchema }),
  sources: defineCollection({ loader: strictDates(tolerantInDev(file(DATA_SCHEMAS.sources.file))), schema: sourceSchema }),
  /** Places and connections of the schematic transport diagram. */
  transport: defineCollection({ loader: strictDates(file('src/content/transport/transport.yaml')), schema: transportItem }),
};
