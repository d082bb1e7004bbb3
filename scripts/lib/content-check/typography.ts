/**
 * Chinese typography, the text side (the rule is rules/typography.ts, the fixer scripts/fix-typography.ts):
 * Chinese prose uses full-width punctuation (，：；（）？！“”). zhlint, a linter built on the W3C Requirements for
 * Chinese Text Layout, is run over every piece of Chinese text in the content: the Markdown of every Chinese edition
 * (frontmatter and body), the Chinese side of the data files and config modules, and the Chinese UI dictionaries.
 * Only the punctuation rules are on; spacing rules are off (the site writes 2023年, 688亿元 without spaces). zhlint itself skips code, links and URLs; a punctuation mark between two Latin words or numbers
 * (`Duisburg, Hamburg`, `1,900`) is English or a number inside Chinese text and is left alone.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from 'zhlint';
import { LOCALE_KEYS, LOCALES, type Locale } from '../../../src/i18n/locales.ts';
import { parseYamlWithLines } from '../frontmatter.ts';

/** The Chinese editions (every locale whose BCP-47 tag is `zh…`): their Markdown and strings are Chinese prose. */
export const CHINESE_LOCALES: readonly Locale[] = LOCALE_KEYS.filter((key) => LOCALES[key].lang.startsWith('zh'));
const isChineseKey = (key: string) => (CHINESE_LOCALES as readonly string[]).includes(key);

/** zhlint's rules as this site uses them: punctuation to full width, nothing else. */
export const ZHLINT_RULES = {
  halfwidthPunctuation: '',
  fullwidthPunctuation: '，：；（）？！“”',
  adjustedFullwidthPunctuation: '“”‘’',
} as const;

/** Data files whose texts under a Chinese edition's key are Chinese prose. */
export const DATA_FILES = [
  'src/content/figures/figures.yaml',
  'src/content/transport/transport.yaml',
];
/** TypeScript modules of content in every edition (their Chinese editions' strings) and the Chinese UI dictionaries (every string). */
export const MODULES: { file: string; all: boolean }[] = [
  { file: 'src/config/costs.ts', all: false },
  { file: 'src/config/official-channels.ts', all: false },
  { file: 'src/config/industry-projects.ts', all: false },
  { file: 'src/config/government-footer.ts', all: false },
  { file: 'src/model/location/places.ts', all: false },
  ...CHINESE_LOCALES.map((locale) => ({ file: `src/i18n/ui/${locale}.ts`, all: true })),
];

const HAS_CHINESE = /[\u3400-\u9fff]/;
/** The half-width marks the rule reports: a text without any of them cannot have a finding, so zhlint skips it. */
const HALF_WIDTH_MARK = /[,:;()?!"']/;
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
 * linted as one document (paragraphs apart) and the findings sorted back to their text. zhlint reads every character
 * (about 5 µs each), so only texts that hold Chinese and at least one half-width mark go into that document: the
 * others cannot have a finding (most of a news archive written correctly is skipped).
 */
export function lintMany(texts: readonly string[]): TypographyIssue[][] {
  const out: TypographyIssue[][] = texts.map(() => []);
  const starts: number[] = [];
  let doc = '';
  texts.forEach((text, i) => {
    starts[i] = doc.length;
    doc += `${HAS_CHINESE.test(text) && HALF_WIDTH_MARK.test(text) ? text : ''}\n\n`;
  });
  if (!HAS_CHINESE.test(doc) || !HALF_WIDTH_MARK.test(doc)) return out;
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

/** The line of `offset` in `text`, counting from `firstLine`. */
export const lineAt = (text: string, offset: number, firstLine: number) => firstLine + text.slice(0, offset).split('\n').length - 1;

/** Every Chinese string under `value`, with its path (`label.zh-cn`); `all` takes strings outside Chinese editions' keys too. */
export function chineseStrings(value: unknown, all: boolean, path: (string | number)[] = [], inZh = false): [(string | number)[], string][] {
  if (typeof value === 'string') return (all || inZh) && HAS_CHINESE.test(value) ? [[path, value]] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => chineseStrings(item, all, [...path, i], inZh));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([key, child]) => chineseStrings(child, all, [...path, key], inZh || isChineseKey(key)));
  }
  return [];
}

export const fieldName = (path: (string | number)[]) => path.map((p) => (typeof p === 'number' ? `[${p}]` : p)).join('.').replace(/\.\[/g, '[');

/** String literals of a TypeScript module: its `'zh-cn': '…'` values (each Chinese edition's), or (`all`) every `'key': '…'` entry. */
export function moduleStrings(source: string, all: boolean): { field: string; text: string; offset: number }[] {
  const keys = CHINESE_LOCALES.join('|');
  const pattern = all ? /^\s*'([\w.-]+)':\s*'((?:[^'\\\n]|\\.)*)'/gm : new RegExp(`'(${keys})':\\s*'((?:[^'\\\\\\n]|\\\\.)*)'`, 'g');
  return [...source.matchAll(pattern)].map((m) => ({
    field: m[1]!,
    text: m[2]!.replace(/\\'/g, "'"),
    offset: m.index,
  }));
}

/** One Chinese text of a data file or module, as written, with where it is. */
export interface PlacedText {
  field: string;
  line: number | undefined;
  text: string;
}

/**
 * The Chinese texts of the data files and config modules and the Chinese UI dictionaries, file by file: what the
 * typography rule lints and `npm run fix:typography` rewrites.
 */
export function dataTexts(root: string): { file: string; texts: PlacedText[] }[] {
  const out: { file: string; texts: PlacedText[] }[] = [];
  for (const file of DATA_FILES) {
    const absolute = join(root, file);
    if (!existsSync(absolute)) continue;
    const parsed = parseYamlWithLines(readFileSync(absolute, 'utf8'));
    const texts = chineseStrings(parsed.data, false).map(([path, text]) => ({ field: fieldName(path), line: parsed.lineOf(path), text }));
    out.push({ file, texts });
  }
  for (const { file, all } of MODULES) {
    const absolute = join(root, file);
    if (!existsSync(absolute)) continue;
    const source = readFileSync(absolute, 'utf8');
    const texts = moduleStrings(source, all).map(({ field, text, offset }) => ({
      field,
      line: lineAt(source, offset, 1) + (source.slice(offset).startsWith('\n') ? 1 : 0),
      text,
    }));
    out.push({ file, texts });
  }
  return out;
}
