/**
 * `npm run check:content`: everything an editor can get wrong in src/content, found before the build and told in
 * the editor's terms (file, line, field, what to do), in English and Chinese. Validates against the same schemas
 * as the build (src/content/collection-schemas.ts). Pure over a project root, so tests run it on fixture folders.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import {
  DATA_SCHEMAS,
  MARKDOWN_SCHEMAS,
  type DataCollection,
  type MarkdownCollection,
} from '../../src/content/collection-schemas.ts';
import { parseMarkdown, parseYamlWithLines, type ParsedMarkdown } from './frontmatter.ts';
import { bodyLinks, isInternal, knownRoutes, normalisePath } from './links.ts';
import type { Problem } from './problems.ts';
import { schemaProblems } from './schema-issues.ts';
import { checkTranslations, LANG_NAMES, LANGS, markdownFiles, type Lang } from './translations.ts';
import { checkTypography } from './typography.ts';

export interface CheckOptions {
  /** The project root: content is read from `<root>/src/content`, static files from `<root>/public`. */
  root: string;
  /** The day to compare `expires` and `reviewBy` with (today when left out). */
  today?: Date;
}

interface Entry {
  collection: MarkdownCollection;
  lang: Lang;
  slug: string;
  /** Path relative to the root, for messages. */
  file: string;
  absolute: string;
  parsed: ParsedMarkdown;
}

const SLUG = /^[a-z0-9][a-z0-9-]*$/;

/** Frontmatter lists that refer to ids in the data files. */
const REFERENCES = [
  {
    field: 'sources',
    kind: 'unknown-source',
    message: (id: string) =>
      `source "${id}" is not in src/content/sources/sources.yaml: add the source there first, or correct the id.`,
    messageZh: (id: string) => `来源“${id}”不在 src/content/sources/sources.yaml 中:请先在那里添加该来源,或改正编号。`,
  },
  {
    field: 'figures',
    kind: 'unknown-figure',
    message: (id: string) =>
      `figure "${id}" is not in src/content/figures/figures.yaml: add it there (with its source and date), or correct the id.`,
    messageZh: (id: string) => `数据“${id}”不在 src/content/figures/figures.yaml 中:请先在那里添加(注明来源和日期),或改正编号。`,
  },
] as const;
const PLACEHOLDER = /\bTODO\b/;

const day = (value: unknown): string | undefined => {
  const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date.toISOString().slice(0, 10) : undefined;
};

export function checkContent({ root, today = new Date() }: CheckOptions): Problem[] {
  const contentDir = join(root, 'src/content');
  const rel = (file: string) => relative(root, file);
  const problems: Problem[] = [];
  const add = (problem: Problem) => problems.push(problem);
  const todayDay = day(today)!;

  // Language-neutral data: sources, then figures (which cite sources).
  const data = {} as Record<DataCollection, Map<string, { line: number | undefined }>>;
  for (const name of Object.keys(DATA_SCHEMAS) as DataCollection[]) {
    data[name] = checkDataFile(root, name, add);
  }
  const sourceIds = data.sources;
  const figureIds = data.figures;
  checkFigureSources(root, sourceIds, add);

  // Markdown entries.
  const entries: Entry[] = [];
  for (const collection of Object.keys(MARKDOWN_SCHEMAS) as MarkdownCollection[]) {
    for (const lang of LANGS) {
      const dir = join(contentDir, collection, lang);
      const bySlug = new Map<string, string>();
      for (const absolute of markdownFiles(dir)) {
        const slug = relative(dir, absolute).replace(/\.mdx?$/, '');
        const file = rel(absolute);
        const key = slug.toLowerCase();
        const earlier = bySlug.get(key);
        if (earlier) {
          add({
            file,
            kind: 'duplicate-slug',
            severity: 'error',
            message: `has the same address as ${earlier} (/${lang}/${collection}/${key}/): keep one of the two files, or rename one.`,
            messageZh: `与 ${earlier} 的网址相同(/${lang}/${collection}/${key}/):两个文件只保留一个,或给其中一个改名。`,
          });
          continue;
        }
        bySlug.set(key, file);
        if (!SLUG.test(slug)) {
          add({
            file,
            field: 'file name',
            kind: 'invalid-field',
            severity: 'error',
            message: `the file name "${slug}" becomes the page address: use only lower-case letters, digits and dashes (e.g. 2026-12-01-site-visit.md).`,
            messageZh: `文件名“${slug}”就是网址:只能用小写英文字母、数字和连字符(如 2026-12-01-site-visit.md)。`,
          });
        }
        entries.push({ collection, lang, slug, file, absolute, parsed: parseMarkdown(readFileSync(absolute, 'utf8')) });
      }
    }
  }

  // Translation parity.
  problems.push(...checkTranslations(contentDir, Object.keys(MARKDOWN_SCHEMAS), root));

  // Routes that will exist: every published entry's slug, per language.
  const slugs: Record<string, Record<string, string[]>> = {};
  for (const entry of entries) {
    if (entry.parsed.data.draft === true) continue;
    ((slugs[entry.collection] ??= {})[entry.lang] ??= []).push(entry.slug);
  }
  const routes = knownRoutes(LANGS, slugs);
  const untranslatedBoth = new Set(
    entries
      .filter((e) => e.parsed.data.untranslated === true)
      .map((e) => `${e.collection}/${e.slug}`)
      .filter((key, index, all) => all.indexOf(key) !== index),
  );

  for (const entry of entries) {
    const { file, parsed, collection, lang } = entry;
    const lineOf = parsed.lineOf;
    if (!parsed.hasFrontmatter) {
      add({
        file,
        line: 1,
        kind: 'missing-field',
        severity: 'error',
        message: 'has no frontmatter: the file must start with a `---` line, the fields, and another `---` line (see the editor\'s guide, or create entries with `npm run new`).',
        messageZh: '缺少开头的字段区:文件必须以 `---` 行开头,接着写字段,再以 `---` 行结束(见编辑指南,或用 `npm run new` 新建条目)。',
      });
      continue;
    }
    if (parsed.yamlErrors.length) {
      for (const error of parsed.yamlErrors.slice(0, 1)) {
        add({
          file,
          line: error.line,
          kind: 'yaml-syntax',
          severity: 'error',
          message: `the fields at the top cannot be read (${error.message.split('\n')[0]}). Check this line: each field is \`name: value\`, list items start with \`- \`, and text containing \`: \` or \`#\` goes in quotes.`,
          messageZh: `开头的字段无法读取。请检查这一行:每个字段写成 \`名称: 值\`,列表项以 \`- \` 开头,含有 \`: \` 或 \`#\` 的文字要加引号。`,
        });
      }
      continue;
    }
    const fields = parsed.data;
    // Template text left in: one message per field, instead of the schema's complaint about the same text.
    const placeholders = stringsIn(fields).filter(([, text]) => PLACEHOLDER.test(text));
    const unwritten = new Set(placeholders.map(([path]) => String(path[0])));
    for (const [path] of placeholders.filter(([path], index, all) => all.findIndex(([p]) => p[0] === path[0]) === index)) {
      add({
        file,
        field: String(path[0]),
        line: lineOf(path),
        kind: 'placeholder',
        severity: 'error',
        message: `\`${path[0]}\` still has the template's TODO: write the real value here (the comment above it says what goes in).`,
        messageZh: `\`${path[0]}\` 还是模板里的 TODO:请填写真正的内容(上方注释说明了要填什么)。`,
      });
    }
    problems.push(
      ...schemaProblems(MARKDOWN_SCHEMAS[collection], fields, file, lineOf).filter(
        (problem) => !unwritten.has(problem.field?.split(/[.[]/)[0] ?? ''),
      ),
    );

    if (collection === 'pages' && typeof fields.kind === 'string' && fields.kind !== entry.slug) {
      add({
        file,
        field: 'kind',
        line: lineOf(['kind']),
        kind: 'invalid-field',
        severity: 'error',
        message: `\`kind\` is "${fields.kind}" but the file is ${entry.slug}.md: they must be the same.`,
        messageZh: `\`kind\` 是“${fields.kind}”,文件名却是 ${entry.slug}.md:两者必须一致。`,
      });
    }

    const todoLine = parsed.body.split('\n').findIndex((text) => PLACEHOLDER.test(text));
    if (todoLine >= 0) {
      add({
        file,
        line: parsed.bodyLine + todoLine,
        kind: 'placeholder',
        severity: 'error',
        message: "the text still has the template's TODO (first on this line): replace it with the real text.",
        messageZh: '正文还留着模板里的 TODO(从这一行起):请换成真正的内容。',
      });
    }

    if (fields.untranslated === true) {
      const other = LANGS.find((l) => l !== lang)!;
      const key = `${collection}/${entry.slug}`;
      add({
        file,
        field: 'untranslated',
        line: lineOf(['untranslated']),
        kind: 'untranslated',
        severity: untranslatedBoth.has(key) ? 'error' : 'warning',
        message: untranslatedBoth.has(key)
          ? 'both language versions are marked `untranslated: true`: one of them is the original — remove the mark from it.'
          : `not yet translated into ${LANG_NAMES[lang].en}: it is published with a notice linking the ${LANG_NAMES[other].en} page. Translate it, then delete \`untranslated: true\`.`,
        messageZh: untranslatedBoth.has(key)
          ? '两种语言都标了 `untranslated: true`:其中一个是原文,请去掉原文上的标记。'
          : `尚未译成${LANG_NAMES[lang].zh}:页面发布时会带提示并链接${LANG_NAMES[other].zh}版。译好后删除 \`untranslated: true\`。`,
      });
    }

    if (collection === 'policies' && fields.status === 'in-force') {
      const expires = day(fields.expires);
      if (expires && expires < todayDay) {
        add({
          file,
          field: 'status',
          line: lineOf(['status']),
          kind: 'policy-expired-in-force',
          severity: 'error',
          message: `this policy ended on ${expires} (\`expires\`) but is marked \`status: in-force\`: change status to expired (or superseded), or correct \`expires\` if it was extended.`,
          messageZh: `该政策已于 ${expires} 到期(\`expires\`),却仍标为 \`status: in-force\`(有效):请把 status 改为 expired(或 superseded);如已延期,请更正 \`expires\`。`,
        });
      }
    }

    const reviewBy = day(fields.reviewBy);
    if (reviewBy && reviewBy < todayDay) {
      add({
        file,
        field: 'reviewBy',
        line: lineOf(['reviewBy']),
        kind: 'review-date-passed',
        severity: 'warning',
        message: `was due for review on ${reviewBy}: check the page against its sources, then set \`updated\` to today and \`reviewBy\` to the next review date.`,
        messageZh: `应在 ${reviewBy} 前复核:请对照来源核对本页,然后把 \`updated\` 改为今天,\`reviewBy\` 改为下次复核日期。`,
      });
    }

    for (const reference of REFERENCES) {
      const ids = fields[reference.field];
      const known = reference.field === 'sources' ? sourceIds : figureIds;
      if (!Array.isArray(ids) || unwritten.has(reference.field)) continue;
      ids.forEach((id, index) => {
        if (typeof id !== 'string' || known.has(id)) return;
        add({
          file,
          field: `${reference.field}[${index}]`,
          line: lineOf([reference.field, index]),
          kind: reference.kind,
          severity: 'error',
          message: reference.message(id),
          messageZh: reference.messageZh(id),
        });
      });
    }

    if (collection === 'news' && typeof fields.image === 'string') {
      if (!(typeof fields.imageAlt === 'string' && fields.imageAlt.trim())) {
        add({
          file,
          field: 'imageAlt',
          line: lineOf(['image']),
          kind: 'image-without-alt',
          severity: 'error',
          message: 'the picture (`image`) has no `imageAlt`: add `imageAlt:` saying in a sentence what the picture shows, for readers who cannot see it.',
          messageZh: '图片(`image`)缺少 `imageAlt`:请加上 `imageAlt:`,用一句话说明图片内容,供看不到图片的读者使用。',
        });
      }
      if (!existsSync(resolve(dirname(entry.absolute), fields.image))) {
        add({
          file,
          field: 'image',
          line: lineOf(['image']),
          kind: 'missing-image',
          severity: 'error',
          message: `the picture ${fields.image} is not there: put the file in src/content/news/images/ and write \`image: ../images/<file name>\`.`,
          messageZh: `找不到图片 ${fields.image}:请把图片放进 src/content/news/images/,并写成 \`image: ../images/<文件名>\`。`,
        });
      }
    }

    for (const link of bodyLinks(parsed.body, parsed.bodyLine)) {
      if (link.kind === 'image') {
        if (!link.alt) {
          add({
            file,
            line: link.line,
            kind: 'image-without-alt',
            severity: 'error',
            message: `the image ${link.url} has no alt text: write what it shows between the brackets, ![like this](${link.url}).`,
            messageZh: `图片 ${link.url} 缺少替代文字:请在方括号里写明图片内容,如 ![常平新城效果图](${link.url})。`,
          });
        }
        const local = !/^[a-z]+:/i.test(link.url) && !link.url.startsWith('//');
        const target = isInternal(link.url)
          ? join(root, 'public', decodeURI(link.url.replace(/[?#].*$/, '')))
          : resolve(dirname(entry.absolute), decodeURI(link.url.replace(/[?#].*$/, '')));
        if (local && !existsSync(target)) {
          add({
            file,
            line: link.line,
            kind: 'missing-image',
            severity: 'error',
            message: `the image ${link.url} is not there: put the file in public/images/ and write ![…](/images/<file name>).`,
            messageZh: `找不到图片 ${link.url}:请把图片放进 public/images/,并写成 ![…](/images/<文件名>)。`,
          });
        }
        continue;
      }
      if (!isInternal(link.url)) continue;
      const path = normalisePath(link.url);
      const localeOfLink = path.split('/')[1];
      const isPage = LANGS.includes(localeOfLink as Lang);
      const exists = isPage ? routes.has(path) : existsSync(join(root, 'public', path));
      if (!exists) {
        add({
          file,
          line: link.line,
          kind: 'broken-link',
          severity: 'error',
          message: `the link ${link.url} leads to no page on this site: check the address (pages look like /${lang}/policies/<file name>/), or remove the link.`,
          messageZh: `链接 ${link.url} 指向的页面不存在:请检查地址(页面地址形如 /${lang}/policies/<文件名>/),或删除该链接。`,
        });
      } else if (isPage && localeOfLink !== lang) {
        add({
          file,
          line: link.line,
          kind: 'other-language-link',
          severity: 'warning',
          message: `the link ${link.url} leads to the ${LANG_NAMES[localeOfLink as Lang].en} site from this ${LANG_NAMES[lang].en} page: use /${lang}${path.slice(localeOfLink!.length + 1)} unless that is intended.`,
          messageZh: `${LANG_NAMES[lang].zh}页面里的链接 ${link.url} 指向${LANG_NAMES[localeOfLink as Lang].zh}站:除非有意为之,请改为 /${lang}${path.slice(localeOfLink!.length + 1)}。`,
        });
      }
    }
  }
  problems.push(...checkTypography(root));
  return problems;
}

/** Every string in nested frontmatter data, with its path. */
function stringsIn(value: unknown, path: (string | number)[] = []): [(string | number)[], string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringsIn(item, [...path, index]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => stringsIn(item, [...path, key]));
  }
  return [];
}

/** Validates one YAML data file (a list of entries with ids); returns the ids with their lines. */
function checkDataFile(root: string, name: DataCollection, add: (p: Problem) => void) {
  const { file: path, schema } = DATA_SCHEMAS[name];
  const ids = new Map<string, { line: number | undefined }>();
  const absolute = join(root, path);
  if (!existsSync(absolute)) return ids;
  const yaml = parseYamlWithLines(readFileSync(absolute, 'utf8'));
  for (const error of yaml.yamlErrors.slice(0, 1)) {
    add({
      file: path,
      line: error.line,
      kind: 'yaml-syntax',
      severity: 'error',
      message: `cannot be read (${error.message.split('\n')[0]}): check the indentation and that each entry starts with \`- id:\`.`,
      messageZh: '无法读取:请检查缩进,并确认每个条目都以 `- id:` 开头。',
    });
  }
  if (!Array.isArray(yaml.data)) return ids;
  yaml.data.forEach((item: unknown, index: number) => {
    const id = item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
    const line = yaml.lineOf([index]);
    if (typeof id !== 'string' || !id) {
      add({
        file: path,
        line,
        field: `[${index}].id`,
        kind: 'missing-field',
        severity: 'error',
        message: 'this entry has no `id`: give it a short lower-case name with dashes, unique in the file.',
        messageZh: '该条目缺少 `id`:请起一个文件内唯一的、由小写字母和连字符组成的简短名称。',
      });
      return;
    }
    if (ids.has(id)) {
      add({
        file: path,
        line,
        field: `${id}.id`,
        kind: 'duplicate-slug',
        severity: 'error',
        message: `the id "${id}" is used twice (first on line ${ids.get(id)!.line}): give one of them another id.`,
        messageZh: `编号“${id}”重复了(第一次在第 ${ids.get(id)!.line} 行):请给其中一个改用别的编号。`,
      });
      return;
    }
    ids.set(id, { line });
    for (const problem of schemaProblems(schema, item, path, (p) => yaml.lineOf([index, ...p]), [])) {
      const field = problem.field ? `${id}.${problem.field}` : id;
      if (name === 'figures' && problem.kind === 'missing-field' && (problem.field === 'source' || problem.field === 'asOf')) {
        const isSource = problem.field === 'source';
        add({
          ...problem,
          field,
          line,
          kind: isSource ? 'figure-without-source' : 'figure-without-date',
          message: isSource
            ? `the figure "${id}" has no source: add \`source:\` with the id of its source in src/content/sources/sources.yaml. A figure without a source cannot be published.`
            : `the figure "${id}" has no date: add \`asOf:\` with the date the number describes (for a yearly figure, 31 December of that year, e.g. 2023-12-31), or \`asOf: undated\` when the source prints no date.`,
          messageZh: isSource
            ? `数据“${id}”没有来源:请加上 \`source:\`,填写 src/content/sources/sources.yaml 中对应来源的编号。没有来源的数据不能发布。`
            : `数据“${id}”没有日期:请加上 \`asOf:\`,填写该数字对应的日期(年度数据填当年12月31日,如 2023-12-31);来源未注明日期时填 \`asOf: undated\`。`,
        });
      } else {
        add({ ...problem, field });
      }
    }
  });
  return ids;
}

/** Figures must cite a source that exists. */
function checkFigureSources(root: string, sourceIds: Map<string, unknown>, add: (p: Problem) => void) {
  const path = DATA_SCHEMAS.figures.file;
  const absolute = join(root, path);
  if (!existsSync(absolute)) return;
  const yaml = parseYamlWithLines(readFileSync(absolute, 'utf8'));
  if (!Array.isArray(yaml.data)) return;
  yaml.data.forEach((item: { id?: string; source?: unknown }, index: number) => {
    if (typeof item?.source === 'string' && !sourceIds.has(item.source)) {
      add({
        file: path,
        field: `${item.id}.source`,
        line: yaml.lineOf([index, 'source']),
        kind: 'unknown-source',
        severity: 'error',
        message: REFERENCES[0].message(item.source),
        messageZh: REFERENCES[0].messageZh(item.source),
      });
    }
  });
}
