/**
 * Reads a project once for the content check: every Markdown entry with its parsed frontmatter, the YAML data
 * files with their ids, and the page routes the build will make. Reading reports nothing; the rules do.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  DATA_SCHEMAS,
  MARKDOWN_SCHEMAS,
  type DataCollection,
  type MarkdownCollection,
} from '../../../src/schemas/collections.ts';
import { GENERATED_LOCALES, generatedFrom, LOCALE_KEYS } from '../../../src/i18n/locales.ts';
import { parseMarkdown, parseYamlWithLines } from '../frontmatter.ts';
import { knownRoutes } from './links.ts';
import type { CheckContext, DataFile, DataItem, DuplicateFile, EntryFile } from './rule.ts';
import { markdownFiles } from './translations.ts';

/** Template text an editor has not replaced yet. */
export const PLACEHOLDER = /\bTODO\b/;

/** A frontmatter or YAML date as YYYY-MM-DD, or `undefined` when it is not a date. */
export function day(value: unknown): string | undefined {
  const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date.toISOString().slice(0, 10) : undefined;
}

/** Every string in nested frontmatter data, with its path. */
export function stringsIn(value: unknown, path: (string | number)[] = []): [(string | number)[], string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringsIn(item, [...path, index]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => stringsIn(item, [...path, key]));
  }
  return [];
}

export function loadContext(root: string, today: Date): CheckContext {
  const contentDir = join(root, 'src/content');
  const rel = (file: string) => relative(root, file);
  const allEntries: EntryFile[] = [];
  const duplicates: DuplicateFile[] = [];
  for (const collection of Object.keys(MARKDOWN_SCHEMAS) as MarkdownCollection[]) {
    for (const lang of LOCALE_KEYS) {
      const dir = join(contentDir, collection, lang);
      const bySlug = new Map<string, string>();
      for (const absolute of markdownFiles(dir)) {
        const slug = relative(dir, absolute).replace(/\.mdx?$/, '');
        const file = rel(absolute);
        const key = slug.toLowerCase();
        const earlier = bySlug.get(key);
        if (earlier) {
          duplicates.push({ file, lang, collection, key, earlier });
          continue;
        }
        bySlug.set(key, file);
        const parsed = parseMarkdown(readFileSync(absolute, 'utf8'));
        const readable = parsed.hasFrontmatter && parsed.yamlErrors.length === 0;
        const unwritten = new Set(
          stringsIn(parsed.data)
            .filter(([, text]) => PLACEHOLDER.test(text))
            .map(([path]) => String(path[0])),
        );
        allEntries.push({ collection, lang, slug, file, absolute, parsed, readable, unwritten });
      }
    }
  }

  // Routes that will exist: every published entry's slug, per language.
  const slugs: Record<string, Record<string, string[]>> = {};
  for (const entry of allEntries) {
    if (entry.parsed.data.draft === true) continue;
    // Scheduled news (dated after today) has no page yet: see rules/scheduled-news.ts.
    if (entry.collection === 'news' && (day(entry.parsed.data.date) ?? '') > day(today)!) continue;
    ((slugs[entry.collection] ??= {})[entry.lang] ??= []).push(entry.slug);
  }
  // A generated edition (zh-hk) has a page for every entry of the edition it is generated from.
  for (const bySlug of Object.values(slugs)) {
    for (const locale of GENERATED_LOCALES) {
      const from = generatedFrom(locale);
      if (from) bySlug[locale] = [...new Set([...(bySlug[locale] ?? []), ...(bySlug[from] ?? [])])];
    }
  }

  const data = Object.fromEntries(
    (Object.keys(DATA_SCHEMAS) as DataCollection[]).map((name) => [name, loadDataFile(root, name)]),
  ) as Record<DataCollection, DataFile>;

  return {
    root,
    contentDir,
    today: day(today)!,
    entries: allEntries.filter((entry) => entry.readable),
    allEntries,
    duplicates,
    data,
    routes: knownRoutes(LOCALE_KEYS, slugs),
    rel,
  };
}

function loadDataFile(root: string, collection: DataCollection): DataFile {
  const file = DATA_SCHEMAS[collection].file;
  const absolute = join(root, file);
  const ids = new Map<string, { line: number | undefined }>();
  const items: DataItem[] = [];
  if (!existsSync(absolute)) {
    return { collection, file, exists: false, yamlError: undefined, items, ids, lineOf: () => undefined };
  }
  const yaml = parseYamlWithLines(readFileSync(absolute, 'utf8'));
  if (Array.isArray(yaml.data)) {
    yaml.data.forEach((value: unknown, index: number) => {
      const raw = value && typeof value === 'object' ? (value as { id?: unknown }).id : undefined;
      const id = typeof raw === 'string' && raw ? raw : undefined;
      const line = yaml.lineOf([index]);
      const duplicateOf = id && ids.has(id) ? ids.get(id)!.line : undefined;
      if (id && !ids.has(id)) ids.set(id, { line });
      items.push({ index, id, line, duplicateOf, value });
    });
  }
  return {
    collection,
    file,
    exists: true,
    yamlError: yaml.yamlErrors[0],
    items,
    ids,
    lineOf: (index, path = []) => yaml.lineOf([index, ...path]),
  };
}
