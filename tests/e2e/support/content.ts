/** What the tests read from the content itself, through the project's own frontmatter and YAML reader. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMarkdown, parseYamlWithLines } from '../../../scripts/lib/frontmatter';
import { buildDay } from '../../../src/model/publishing';
import { generatedFrom, isLocale } from '../../../src/i18n/locales';
import { convertText } from '../../../src/i18n/convert/convert';

export const CONTENT = 'src/content';

/** A top-level frontmatter value as text (`issued: 2024-11-06` → '2024-11-06'), or `undefined` when absent. */
export function field(markdown: string, name: string): string | undefined {
  const value = parseMarkdown(markdown).data[name];
  if (value === undefined || value === null) return undefined;
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
}

/**
 * The published entries of a collection in one language (no drafts, no scheduled news), each with its slug and file
 * text. For a generated edition (zh-hk): its source edition's entries, converted as the build converts them, or the
 * override file where there is one.
 */
export function entries(collection: string, locale: string): { slug: string; markdown: string }[] {
  const dir = join(CONTENT, collection, locale);
  const from = isLocale(locale) ? generatedFrom(locale) : undefined;
  if (from && isLocale(locale)) {
    const own = new Map(existsSync(dir) ? readdirSync(dir).map((name) => [name.replace(/\.md$/, ''), readFileSync(join(dir, name), 'utf8')] as const) : []);
    return entries(collection, from).map(({ slug, markdown }) => ({ slug, markdown: own.get(slug) ?? convertText(markdown, locale) }));
  }
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md') && !name.startsWith('_'))
    .map((name) => ({ slug: name.replace(/\.md$/, ''), markdown: readFileSync(join(dir, name), 'utf8') }))
    .filter((entry) => field(entry.markdown, 'draft') !== 'true' && !((field(entry.markdown, 'date') ?? '') > buildDay()));
}

/** The items of a YAML data file (a list of entries with an `id`). */
function dataItems(file: string): { id: string; via?: boolean }[] {
  const { data } = parseYamlWithLines(readFileSync(join(CONTENT, file), 'utf8'));
  return Array.isArray(data) ? data : [];
}

export const sourceIds = dataItems('sources/sources.yaml').map((item) => item.id);
export const figureIds = dataItems('figures/figures.yaml').map((item) => item.id);
/** Sources marked `via: true` (a mirror or repost of the original). */
export const viaSources = dataItems('sources/sources.yaml')
  .filter((item) => item.via === true)
  .map((item) => item.id);

/** A frontmatter day (YYYY-MM-DD) as a UTC date. */
export const day = (value: string | undefined) => (value ? new Date(`${value}T00:00:00Z`) : undefined);
