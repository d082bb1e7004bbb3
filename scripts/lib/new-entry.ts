/**
 * `npm run new -- <collection> <slug>`: creates an entry in every edition (src/i18n/locales.ts) with every required field, a comment
 * explaining each (from src/schemas/field-help.ts), today's date, and TODO where the editor must write. Every edition
 * but the default one is marked `untranslated: true`. Fields come from the same schemas the build uses, so the template is always
 * complete. Until every TODO is replaced, `npm run check:content` stops publishing.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { MARKDOWN_SCHEMAS, type MarkdownCollection } from '../../src/schemas/collections.ts';
import { PAGE_KINDS } from '../../src/schemas/shared.ts';
import { fieldHelp } from '../../src/schemas/field-help.ts';
import { describeFields, type SchemaField } from '../../src/schemas/schema-fields.ts';
import { DEFAULT_LOCALE, forLocale, WRITTEN_LOCALES, type Locale } from '../../src/i18n/locales.ts';

export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
/** The language staff write first (the default edition); the others start untranslated. */
export const ORIGINAL: Locale = DEFAULT_LOCALE;

interface TemplateText {
  header: (collection: string) => string;
  untranslated: string;
  optional: string;
  oneOf: string;
  date: string;
  todo: string;
  body: string;
}

/** The template's own words; an edition without its own uses its fallback's (src/i18n/locales.ts). */
const TEXT: Partial<Record<Locale, TemplateText>> = {
  'zh-cn': {
    header: (collection: string) =>
      `# 新条目（${collection}）。每个字段上方的注释说明其含义；把所有 TODO 换成真正的内容。\n# 检查：npm run check:content；预览：npm run dev。详见 docs/editing.zh-cn.md。`,
    untranslated: '',
    optional: '可不填',
    oneOf: '只能是',
    date: '格式 YYYY-MM-DD',
    todo: 'TODO',
    body: '## TODO 小标题\n\nTODO：正文。每个数字都写明年份和来源，例如“（2023年，南方+）”。\n',
  },
  en: {
    header: (collection: string) =>
      `# A new entry in ${collection}. The comment above each field says what it is; replace every TODO.\n# Check: npm run check:content; preview: npm run dev. See docs/editing.en.md.`,
    untranslated:
      '# NOT YET TRANSLATED. Either translate this file and delete `untranslated: true`, or copy the Chinese text\n# here and keep `untranslated: true`: the page is then published with a "not yet translated" notice that\n# links the Chinese page. While a TODO is left, `npm run check:content` stops publishing.',
    optional: 'optional',
    oneOf: 'one of',
    date: 'written YYYY-MM-DD',
    todo: 'TODO',
    body: '## TODO heading\n\nTODO: the text. Give each number its year and source, e.g. "(2023, Southern+)".\n',
  },
};
const textOf = (lang: Locale): TemplateText => forLocale(TEXT, lang)!;

const iso = (date: Date) => date.toISOString().slice(0, 10);

function addMonths(date: Date, months: number): Date {
  const copy = new Date(date);
  copy.setUTCMonth(copy.getUTCMonth() + months);
  return copy;
}

/** The value written for a field in a new entry, or `undefined` to leave it as a commented-out line. */
function starterValue(field: SchemaField, lang: Locale, slug: string, today: Date): unknown {
  const todo = textOf(lang).todo;
  switch (field.name) {
    case 'untranslated':
      return lang === ORIGINAL ? undefined : true;
    case 'updated':
      return iso(today);
    case 'reviewBy':
      return iso(addMonths(today, 6));
    case 'sources':
      return [todo];
    case 'date':
      return iso(today);
    case 'kind':
      return slug;
  }
  if (!field.required) return undefined;
  if (field.kind === 'list') return [todo];
  return todo;
}

function comment(collection: MarkdownCollection, field: SchemaField, lang: Locale, active: boolean): string {
  const help = fieldHelp(collection, field.name);
  const text = textOf(lang);
  const notes = [
    ...(!field.required && !active ? [text.optional] : []),
    ...(field.kind === 'date' ? [text.date] : []),
  ];
  const lines = [`# ${(help && forLocale(help.label, lang)) ?? field.name}${notes.length ? ` (${notes.join(', ')})` : ''}: ${(help && forLocale(help.hint, lang)) ?? ''}`];
  if (field.options) lines.push(`#   ${text.oneOf}: ${field.options.join(' | ')}`);
  return lines.join('\n');
}

/** The text of a new entry in one language. */
export function entryTemplate(collection: MarkdownCollection, slug: string, lang: Locale, today: Date): string {
  const lines: string[] = ['---', textOf(lang).header(collection)];
  if (lang !== ORIGINAL && textOf(lang).untranslated) lines.push(textOf(lang).untranslated);
  for (const field of describeFields(MARKDOWN_SCHEMAS[collection])) {
    if (field.name === 'draft') continue;
    const value = starterValue(field, lang, slug, today);
    lines.push(comment(collection, field, lang, value !== undefined));
    if (value === undefined) {
      lines.push(`# ${field.name}:`);
    } else {
      lines.push(stringify({ [field.name]: value }, { lineWidth: 0 }).trimEnd());
    }
  }
  lines.push('---', '', textOf(lang).body);
  return lines.join('\n');
}

export class NewEntryError extends Error {}

export interface NewEntryOptions {
  root: string;
  collection: string;
  slug: string;
  today?: Date;
}

/** Writes every edition's file, or none: refuses unknown collections, bad slugs and existing files. Returns the paths. */
export function createEntry({ root, collection, slug, today = new Date() }: NewEntryOptions): string[] {
  if (!(collection in MARKDOWN_SCHEMAS)) {
    const data = collection === 'figures' || collection === 'sources';
    throw new NewEntryError(
      data
        ? `${collection} are kept in one file, src/content/${collection}/${collection}.yaml: add an entry there (see docs/editing.en.md).\n${collection} 保存在同一个文件 src/content/${collection}/${collection}.yaml 中：请直接在其中添加条目（见 docs/editing.zh-cn.md）。`
        : `unknown collection "${collection}": use one of ${Object.keys(MARKDOWN_SCHEMAS).join(', ')}.\n没有“${collection}”这个栏目：请用 ${Object.keys(MARKDOWN_SCHEMAS).join('、')} 之一。`,
    );
  }
  const name = collection as MarkdownCollection;
  if (!SLUG_PATTERN.test(slug)) {
    throw new NewEntryError(
      `"${slug}" cannot be a file name: use lower-case letters, digits and dashes, e.g. 2026-12-01-site-visit.\n“${slug}”不能用作文件名：只能用小写字母、数字和连字符，如 2026-12-01-site-visit。`,
    );
  }
  if (name === 'pages' && !(PAGE_KINDS as readonly string[]).includes(slug)) {
    throw new NewEntryError(
      `pages are fixed (${PAGE_KINDS.join(', ')}), each with its own route: edit the existing file instead.\n单页是固定的（${PAGE_KINDS.join('、')}），请直接编辑已有文件。`,
    );
  }
  // One file per edition staff write; the zh-hk edition is generated from zh-cn at build time.
  const files = WRITTEN_LOCALES.map((lang) => join(root, 'src/content', name, lang, `${slug}.md`));
  const existing = files.filter((file) => existsSync(file));
  if (existing.length) {
    throw new NewEntryError(
      `already exists, nothing written: ${existing.join(', ')}. Choose another name or edit the existing file.\n文件已存在，未写入任何内容：${existing.join('、')}。请换一个名称，或直接编辑已有文件。`,
    );
  }
  WRITTEN_LOCALES.forEach((lang, index) => {
    mkdirSync(dirname(files[index]!), { recursive: true });
    writeFileSync(files[index]!, entryTemplate(name, slug, lang, today), { flag: 'wx' });
  });
  return files;
}
