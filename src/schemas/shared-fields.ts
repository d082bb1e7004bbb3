/**
 * Which fields of a Markdown entry must be the same in every edition. Text is translated; everything else —
 * dates, choices, numbers, yes/no, lists of choices, ids of figures and tags, the picture — describes the same
 * thing in every language, so it must agree (`npm run check:content` compares them). Derived from the schemas,
 * so a new field is covered without touching the check.
 */
import type { z } from 'astro/zod';
import { describeFields } from './schema-fields.ts';

/** Fields each edition keeps for itself although they are not text: its own state and review dates. */
export const PER_EDITION_FIELDS: readonly string[] = ['untranslated', 'draft', 'updated', 'reviewBy'];

/** Text-typed fields that hold ids or files rather than words: the same in every edition. */
export const LANGUAGE_NEUTRAL_TEXT: readonly string[] = ['tags', 'figures', 'image'];

/** The names of the fields of `schema` that every edition must write the same. */
export function sharedFieldNames(schema: z.ZodType): string[] {
  return describeFields(schema)
    .filter((field) => !PER_EDITION_FIELDS.includes(field.name))
    .filter(
      (field) =>
        LANGUAGE_NEUTRAL_TEXT.includes(field.name) ||
        ['date', 'boolean', 'number', 'enum'].includes(field.kind) ||
        (field.kind === 'list' && field.item === 'enum'),
    )
    .map((field) => field.name);
}
