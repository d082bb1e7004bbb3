/**
 * Chinese typography: Chinese prose uses full-width punctuation (，：；（）？！“”). The check runs zhlint, a
 * linter built on the W3C Requirements for Chinese Text Layout, over every piece of Chinese text in the content:
 * the zh-cn Markdown (frontmatter and body), the Chinese side of the bilingual data files, and the Chinese UI
 * dictionary. Only the punctuation rules are on; spacing rules are off (the site writes 2023年, 688亿元 without
 * spaces). zhlint itself skips code, links and URLs; a punctuation mark between two Latin words or numbers
 * (`Duisburg, Hamburg`, `1,900`) is English or a number inside Chinese text and is left alone.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { run } from 'zhlint';
import { parseMarkdown, parseYamlWithLines } from './frontmatter.ts';
import type { Problem } from './problems.ts';
import { markdownFiles, MARKDOWN_COLLECTIONS } from './translations.ts';

/** zhlint's rules as this site uses them: punctuation to full width, nothing else. */
export const ZHLINT_RULES = {
  halfwidthPunctuation: '',
  fullwidthPunctuation: '，：；（）？！“”',
  adjustedFullwidthPunctuation: '“”‘’',
} as const;

/** Bilingual data files whose `zh-cn` texts are Chinese prose. */
const DATA_FILES = ['src/content/figures/figures.yaml', 'src/data/transport.yaml', 'src/data/town-map.yaml'];
/** TypeScript modules of bilingual content (their `'zh-cn'` strings) and the Chinese UI dictionary (every string). */
const MODULES: { file: string; all: boolean }[] = [
  { file: 'src/data/costs.ts', all: false },
  { file: 'src/data/official-channels.ts', all: false },
  { file: 'src/data/industry-projects.ts', all: false },
  { file: 'src/data/home.ts', all: false },
  { file: 'src/i18n/ui/zh-cn.ts', all: true },
];

const HAS_CHINESE = /[\u3400-\u9fff]/;
const LATIN = /[A-Za-z0-9]/;

export interface TypographyIssue {
  /** Offset of the mark in the text. */
  index: number;
  /** The mark as written. */
  found: string;
  /** The full-width mark it should be. */
  expected: string;
}

/** The half-width marks in one piece of Chinese text that should be full-width. */
export function lintChinese(text: string): TypographyIssue[] {
  return lintMany([text])[0]!;
}

/**
 * The same for many texts at once: zhlint costs a few milliseconds per call whatever the length, so the texts are
 * linted as one document (paragraphs apart) and the findings sorted back to their text.
 */
export function lintMany(texts: readonly string[]): TypographyIssue[][] {
  const out: TypographyIssue[][] = texts.map(() => []);
  const starts: number[] = [];
  let doc = '';
  texts.forEach((text, i) => {
    starts[i] = doc.length;
    doc += `${HAS_CHINESE.test(text) ? text : ''}\n\n`;
  });
  if (!HAS_CHINESE.test(doc)) return out;
  for (const v of run(doc, { rules: ZHLINT_RULES }).validations) {
    let i = starts.length - 1;
    while (i > 0 && starts[i]! > v.index) i -= 1;
    const text = texts[i]!;
    const index = v.index - starts[i]!;
    // A quotation's marks are reported with length 0 (target startValue / endValue): the mark is at the index.
    const found = text.slice(index, index + Math.max(1, v.length));
    if (!/^[,:;()?!"']$/.test(found) || betweenLatin(text, index, found)) continue;
    out[i]!.push({ index, found, expected: expectedMark(text, index, found) });
  }
  return out;
}

/** A comma, colon or semicolon between two Latin words or numbers, or brackets round Latin text after Latin text. */
function betweenLatin(text: string, index: number, mark: string): boolean {
  const before = text.slice(0, index).trimEnd().slice(-1);
  const after = text.slice(index + 1).trimStart().slice(0, 1);
  if (',:;'.includes(mark)) return LATIN.test(before) && LATIN.test(after);
  if (mark === '(') {
    const close = text.indexOf(')', index);
    return close > index && !HAS_CHINESE.test(text.slice(index, close)) && LATIN.test(before);
  }
  if (mark === ')') {
    const open = text.lastIndexOf('(', index);
    return open >= 0 && !HAS_CHINESE.test(text.slice(open, index)) && LATIN.test(text.slice(0, open).trimEnd().slice(-1));
  }
  return false;
}

function expectedMark(text: string, index: number, mark: string): string {
  if (mark === '"') return (text.slice(0, index).split('"').length - 1) % 2 === 0 ? '“' : '”';
  if (mark === "'") return (text.slice(0, index).split("'").length - 1) % 2 === 0 ? '‘' : '’';
  return { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '?': '？', '!': '！' }[mark] ?? mark;
}

function problem(file: string, line: number | undefined, field: string, issue: TypographyIssue): Problem {
  return {
    file,
    line,
    field,
    kind: 'typography',
    severity: 'error',
    message: `Chinese text uses the half-width "${issue.found}": write the full-width "${issue.expected}" in Chinese prose.`,
    messageZh: `中文里用了半角的“${issue.found}”：中文行文请改用全角的“${issue.expected}”。`,
  };
}

/** The line of `offset` in `text`, counting from `firstLine`. */
const lineAt = (text: string, offset: number, firstLine: number) => firstLine + text.slice(0, offset).split('\n').length - 1;

/** Every Chinese string under `value`, with its path (`label.zh-cn`); `all` takes strings outside `zh-cn` keys too. */
function chineseStrings(value: unknown, all: boolean, path: (string | number)[] = [], inZh = false): [(string | number)[], string][] {
  if (typeof value === 'string') return (all || inZh) && HAS_CHINESE.test(value) ? [[path, value]] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => chineseStrings(item, all, [...path, i], inZh));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([key, child]) => chineseStrings(child, all, [...path, key], inZh || key === 'zh-cn'));
  }
  return [];
}

const fieldName = (path: (string | number)[]) => path.map((p) => (typeof p === 'number' ? `[${p}]` : p)).join('.').replace(/\.\[/g, '[');

function checkMarkdown(root: string, add: (p: Problem) => void) {
  for (const collection of MARKDOWN_COLLECTIONS) {
    for (const absolute of markdownFiles(join(root, 'src/content', collection, 'zh-cn'))) {
      const file = relative(root, absolute);
      const parsed = parseMarkdown(readFileSync(absolute, 'utf8'));
      const strings = chineseStrings(parsed.data, true);
      const [bodyIssues, ...fieldIssues] = lintMany([parsed.body, ...strings.map(([, text]) => text)]);
      strings.forEach(([path], i) => {
        for (const issue of fieldIssues[i]!) add(problem(file, parsed.lineOf(path), fieldName(path), issue));
      });
      for (const issue of bodyIssues!) add(problem(file, lineAt(parsed.body, issue.index, parsed.bodyLine), 'text', issue));
    }
  }
}

function checkData(root: string, add: (p: Problem) => void) {
  for (const file of DATA_FILES) {
    const absolute = join(root, file);
    if (!existsSync(absolute)) continue;
    const parsed = parseYamlWithLines(readFileSync(absolute, 'utf8'));
    const strings = chineseStrings(parsed.data, false);
    const issues = lintMany(strings.map(([, text]) => text));
    strings.forEach(([path], i) => {
      for (const issue of issues[i]!) add(problem(file, parsed.lineOf(path), fieldName(path), issue));
    });
  }
}

/** String literals of a TypeScript module: its `'zh-cn': '…'` values, or (`all`) every `'key': '…'` entry. */
function moduleStrings(source: string, all: boolean): { field: string; text: string; offset: number }[] {
  const pattern = all ? /^\s*'([\w.-]+)':\s*'((?:[^'\\\n]|\\.)*)'/gm : /'zh-cn':\s*'((?:[^'\\\n]|\\.)*)'/g;
  return [...source.matchAll(pattern)].map((m) => ({
    field: all ? m[1]! : 'zh-cn',
    text: (all ? m[2]! : m[1]!).replace(/\\'/g, "'"),
    offset: m.index,
  }));
}

function checkModules(root: string, add: (p: Problem) => void) {
  for (const { file, all } of MODULES) {
    const absolute = join(root, file);
    if (!existsSync(absolute)) continue;
    const source = readFileSync(absolute, 'utf8');
    const strings = moduleStrings(source, all);
    const issues = lintMany(strings.map((m) => m.text));
    strings.forEach(({ field, offset }, i) => {
      const line = lineAt(source, offset, 1) + (source.slice(offset).startsWith('\n') ? 1 : 0);
      for (const issue of issues[i]!) add(problem(file, line, field, issue));
    });
  }
}

/** The Chinese strings of the data files and modules, as written, for `npm run fix:typography`. */
export function dataTexts(root: string): { file: string; texts: string[] }[] {
  const out: { file: string; texts: string[] }[] = [];
  for (const file of DATA_FILES) {
    const absolute = join(root, file);
    if (!existsSync(absolute)) continue;
    const parsed = parseYamlWithLines(readFileSync(absolute, 'utf8'));
    out.push({ file, texts: chineseStrings(parsed.data, false).map(([, text]) => text) });
  }
  for (const { file, all } of MODULES) {
    const absolute = join(root, file);
    if (existsSync(absolute)) out.push({ file, texts: moduleStrings(readFileSync(absolute, 'utf8'), all).map((m) => m.text) });
  }
  return out;
}

/** Every half-width mark in the Chinese content, as problems naming file, line and field. */
export function checkTypography(root: string): Problem[] {
  const problems: Problem[] = [];
  const add = (p: Problem) => problems.push(p);
  checkMarkdown(root, add);
  checkData(root, add);
  checkModules(root, add);
  return problems;
}
