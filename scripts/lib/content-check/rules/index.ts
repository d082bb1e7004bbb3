/**
 * Every rule of `npm run check:content`, in the order they run. To add a rule: write rules/<name>.ts with
 * `export default defineRule({ name, kinds, check })` (see ../rule.ts) and add it to this list; its kinds join
 * `ProblemKind` by themselves. Give it an overlay in tests/fixtures/content-errors/cases/ and a line in the test.
 */
import bodyImages from './body-images.ts';
import bodyLinks from './body-links.ts';
import dataFiles from './data-files.ts';
import entryFiles from './entry-files.ts';
import entrySchema from './entry-schema.ts';
import frontmatter from './frontmatter.ts';
import newsImage from './news-image.ts';
import placeholders from './placeholders.ts';
import policyExpiry from './policy-expiry.ts';
import references from './references.ts';
import reviewDate from './review-date.ts';
import translations from './translations.ts';
import typography from './typography.ts';
import untranslated from './untranslated.ts';

export const RULES = [
  dataFiles,
  entryFiles,
  translations,
  frontmatter,
  placeholders,
  entrySchema,
  untranslated,
  policyExpiry,
  reviewDate,
  references,
  newsImage,
  bodyImages,
  bodyLinks,
  typography,
] as const;

/** Every kind of problem the check can report: the union of the rules' `kinds`. */
export type ProblemKind = (typeof RULES)[number]['kinds'][number];
