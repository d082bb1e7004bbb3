/**
 * Every rule of `npm run check:content`, in the order they run. To add a rule: write rules/<name>.ts with
 * `export default defineRule({ name, kinds, check })` (see ../rule.ts) and add it to this list; its kinds join
 * `ProblemKind` by themselves. Give it an overlay in tests/fixtures/content-errors/cases/ and a line in the test.
 */
import bodyImages from './body-images.ts';
import bodyLinks from './body-links.ts';
import codeReferences from './code-references.ts';
import dataFiles from './data-files.ts';
import entryFiles from './entry-files.ts';
import entrySchema from './entry-schema.ts';
import finderRules from './finder-rules.ts';
import frontmatter from './frontmatter.ts';
import mdxComponents from './mdx-components.ts';
import htmlBalance from './html-balance.ts';
import imageFiles from './image-files.ts';
import linkForm from './link-form.ts';
import newsImage from './news-image.ts';
import placeholders from './placeholders.ts';
import policyExpiry from './policy-expiry.ts';
import policySuccession from './policy-succession.ts';
import references from './references.ts';
import reservedSlugs from './reserved-slugs.ts';
import reviewDate from './review-date.ts';
import scheduledNews from './scheduled-news.ts';
import sharedFields from './shared-fields.ts';
import titleLength from './title-length.ts';
import translations from './translations.ts';
import transportFile from './transport-file.ts';
import typography from './typography.ts';
import untranslated from './untranslated.ts';

export const RULES = [
  dataFiles,
  transportFile,
  entryFiles,
  reservedSlugs,
  translations,
  frontmatter,
  placeholders,
  entrySchema,
  untranslated,
  policyExpiry,
  policySuccession,
  finderRules,
  reviewDate,
  references,
  newsImage,
  bodyImages,
  bodyLinks,
  mdxComponents,
  sharedFields,
  titleLength,
  scheduledNews,
  htmlBalance,
  linkForm,
  codeReferences,
  imageFiles,
  typography,
] as const;

/** Every kind of problem the check can report: the union of the rules' `kinds`. */
export type ProblemKind = (typeof RULES)[number]['kinds'][number];
