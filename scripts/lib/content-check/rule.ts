/**
 * What a content-check rule is, and what it is given. A rule is one file in rules/ and one line in
 * rules/index.ts; the runner (index.ts) reads the project once into a `CheckContext` and hands it to every rule.
 */
import type { DataCollection, MarkdownCollection } from '../../../src/schemas/collections.ts';
import type { Locale } from '../../../src/i18n/locales.ts';
import type { ParsedMarkdown } from '../frontmatter.ts';
import type { Problem } from './problems.ts';

/** One Markdown entry: `src/content/<collection>/<lang>/<slug>.md`. */
export interface EntryFile {
  collection: MarkdownCollection;
  lang: Locale;
  /** The file name without `.md`: the page address in every edition. */
  slug: string;
  /** Path relative to the project root, as problems name it. */
  file: string;
  /** Absolute path, to find files the entry points to (its picture). */
  absolute: string;
  parsed: ParsedMarkdown;
  /** `true` when the file has frontmatter and its YAML parses: only such entries reach `context.entries`. */
  readable: boolean;
  /** Top-level fields that still hold the template's TODO (reported once, by the placeholders rule). */
  unwritten: ReadonlySet<string>;
}

/** One item of a YAML data file (a list of entries with an `id`). */
export interface DataItem {
  /** Position in the list. */
  index: number;
  /** Its `id`, when it has one. */
  id: string | undefined;
  /** The line the item starts on. */
  line: number | undefined;
  /** The line of an earlier item with the same id, when the id is taken. */
  duplicateOf: number | undefined;
  value: unknown;
}

/** One YAML data file (src/content/figures/figures.yaml, src/content/sources/sources.yaml). */
export interface DataFile {
  collection: DataCollection;
  /** Path relative to the root. */
  file: string;
  exists: boolean;
  /** The first YAML syntax error, when the file cannot be read. */
  yamlError: { line: number; message: string } | undefined;
  items: DataItem[];
  /** Every id with the line of its first use. */
  ids: ReadonlyMap<string, { line: number | undefined }>;
  /** The line of a field of item `index` (`['source']`). */
  lineOf(index: number, path?: readonly (string | number)[]): number | undefined;
}

/** A second file with an address that is already taken (`2026-01-01-example.md` and `.mdx`). */
export interface DuplicateFile {
  file: string;
  lang: Locale;
  collection: MarkdownCollection;
  /** The lower-case address both files would have. */
  key: string;
  /** The file that has it first. */
  earlier: string;
}

/** The project as the rules see it, read once. */
export interface CheckContext {
  /** The project root. */
  root: string;
  /** `<root>/src/content`. */
  contentDir: string;
  /** Today as YYYY-MM-DD, for dates that pass (`expires`, `reviewBy`). */
  today: string;
  /** Every Markdown entry whose frontmatter can be read, in collection, language and file order. */
  entries: readonly EntryFile[];
  /** Every Markdown entry, readable or not (duplicates left out). */
  allEntries: readonly EntryFile[];
  duplicates: readonly DuplicateFile[];
  data: Readonly<Record<DataCollection, DataFile>>;
  /** Every page path the build will make (`/en/policies/foo/`), drafts left out. */
  routes: ReadonlySet<string>;
  /** A path relative to the root, as problems name files. */
  rel(absolute: string): string;
}

/**
 * A content-check rule: finds one kind of editor's mistake (or a few close ones) and says, in English and Chinese,
 * where it is and what to do. Rules never throw on odd content and never print: they report.
 *
 * @example
 * export default defineRule({
 *   name: 'review-date',
 *   kinds: ['review-date-passed'],
 *   check({ entries, today }, report) {
 *     for (const entry of entries) { … report({ file: entry.file, kind: 'review-date-passed', … }); }
 *   },
 * });
 */
export interface Rule<K extends string = string> {
  /** The rule's name: its file name in rules/ (`review-date`). */
  name: string;
  /** Every `kind` of problem it reports: stable names that tests and the editor's guide use. */
  kinds: readonly K[];
  /** Reports each problem found in the project through `report`. Runs once per check. */
  check(context: CheckContext, report: (problem: Problem<K>) => void): void;
}

/** Declares a rule with its kinds checked against what it reports. */
export function defineRule<const K extends string>(rule: Rule<K>): Rule<K> {
  return rule;
}
