/**
 * Chinese-keyboard slips in YAML (frontmatter and data files), named by character: a full-width colon after a key
 * (`title：`), full-width or curly quotes used as YAML quotes (“ ” ‘ ’ ＂ ＇), full-width spaces (U+3000) or tabs
 * in the indentation, a full-width space after the colon. Each slip says which character (name and code point),
 * where (line and column) and the fix, in English and Chinese; the YAML reader's own reason is kept, translated.
 */

/** The characters a Chinese input method slips in, with their Unicode name and a Chinese name. */
export const SLIP_CHARACTERS: Record<string, { name: string; zh: string }> = {
  '\t': { name: 'TAB', zh: '制表符（Tab 键）' },
  '\u3000': { name: 'IDEOGRAPHIC SPACE', zh: '全角空格' },
  '：': { name: 'FULLWIDTH COLON', zh: '全角冒号' },
  '“': { name: 'LEFT DOUBLE QUOTATION MARK', zh: '中文左双引号' },
  '”': { name: 'RIGHT DOUBLE QUOTATION MARK', zh: '中文右双引号' },
  '‘': { name: 'LEFT SINGLE QUOTATION MARK', zh: '中文左单引号' },
  '’': { name: 'RIGHT SINGLE QUOTATION MARK', zh: '中文右单引号' },
  '＂': { name: 'FULLWIDTH QUOTATION MARK', zh: '全角双引号' },
  '＇': { name: 'FULLWIDTH APOSTROPHE', zh: '全角单引号' },
};

/** `U+FF1A`. */
export function codePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** A character as messages show it: `FULLWIDTH COLON "：" (U+FF1A)` / `全角冒号“：”(U+FF1A)`. */
export function named(char: string): { en: string; zh: string } {
  const known = SLIP_CHARACTERS[char] ?? { name: 'character', zh: '字符' };
  const shown = char === '\t' ? '→' : char;
  return { en: `${known.name} "${shown}" (${codePoint(char)})`, zh: `${known.zh}「${shown}」(${codePoint(char)})` };
}

export interface YamlSlip {
  /** File line (1-based). */
  line: number;
  /** Column of the character (1-based). */
  column: number;
  char: string;
  /** The key on that line, when there is one. */
  key: string | undefined;
  en: string;
  zh: string;
  /** `false` when YAML still reads the line (the quotes then become part of the text): a warning, not an error. */
  breaks: boolean;
}

const QUOTES = '“”‘’＂＇';
const KEY = String.raw`[A-Za-z_][\w-]*`;

/** Every slip in YAML text; `firstLine` is the file line of the text's first line. */
export function findSlips(text: string, firstLine = 1): YamlSlip[] {
  const slips: YamlSlip[] = [];
  let block: number | undefined; // indentation of a `|` or `>` block scalar being skipped
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = firstLine + index;
    const indent = /^[ \t\u3000]*/.exec(raw)![0];
    if (block !== undefined) {
      if (raw.trim() === '' || indent.replace(/[\t\u3000]/g, '  ').length > block) return;
      block = undefined;
    }
    if (/^\s*#/.test(raw) || !raw.trim()) return;
    const key = new RegExp(String.raw`^[ \t\u3000]*(?:-\s+)?(${KEY})\s*[:：]`).exec(raw)?.[1];
    const at = (column: number, char: string, en: string, zh: string, breaks = true) =>
      slips.push({ line, column, char, key, en, zh, breaks });

    const odd = /[\t\u3000]/.exec(indent);
    if (odd) {
      const c = named(odd[0]);
      at(odd.index + 1, odd[0], `${c.en} in the indentation: YAML indents with ordinary spaces only. Fix: replace it with spaces (two per level).`, `缩进里有${c.zh}：YAML 只能用普通的半角空格缩进。改法：换成半角空格（每一层两个）。`);
    }
    const colon = new RegExp(String.raw`^([ \t\u3000]*(?:-\s+)?${KEY}[ \u3000]*)：`).exec(raw);
    if (colon) {
      const c = named('：');
      at(colon[1]!.length + 1, '：', `${c.en} after \`${key}\`: YAML needs the ordinary colon. Fix: write \`${key}: \` — an English-keyboard colon followed by a space.`, `\`${key}\` 后面是${c.zh}：YAML 要求半角冒号。改法：写成 \`${key}: \`——英文输入法的冒号，后面加一个空格。`);
    }
    const value = new RegExp(String.raw`^([ \t\u3000]*(?:-\s+)?(?:${KEY}\s*[:：])?[ \u3000]*)(.*)$`).exec(raw)!;
    const afterColon = /^[ \t]*(?:-\s+)?[\w-]+:(\u3000)/.exec(raw);
    if (afterColon) {
      const c = named('\u3000');
      at(afterColon[0].length, '\u3000', `${c.en} after \`${key}:\`: YAML needs an ordinary space there. Fix: replace it with a half-width space.`, `\`${key}:\` 后面是${c.zh}：这里必须是半角空格。改法：换成半角空格。`);
    }
    const written = value[2]!.replace(/\s+#.*$/, '').trimEnd();
    const first = written[0];
    if (first && QUOTES.includes(first) && (key || /^\s*-\s/.test(raw))) {
      const last = written[written.length - 1]!;
      const wrapped = written.length > 1 && QUOTES.includes(last);
      const breaks = /:\s|\s#/.test(written.slice(1));
      if (wrapped || breaks) {
        const c = named(first);
        at(
          value[1]!.length + 1,
          first,
          `the value starts with ${c.en}, which YAML does not read as a quote${breaks ? '' : ', so the marks become part of the text'}. Fix: put the text in straight quotes "…" typed on an English keyboard (curly quotes inside the text are fine).`,
          `值以${c.zh}开头，YAML 不把它当作引号${breaks ? '' : '，引号会成为文字的一部分'}。改法：用英文输入法的直引号 "…" 把整段文字括起来（文字中间的中文引号不受影响）。`,
          breaks,
        );
      }
    }
    if (/[|>][-+]?\s*$/.test(raw) && key) block = indent.length;
  });
  return slips;
}

/** The YAML reader's common error codes (package `yaml`), in plain English and Chinese. */
export const YAML_ERRORS: Record<string, { en: string; zh: string }> = {
  BAD_INDENT: { en: 'the indentation does not match the lines around it', zh: '缩进与上下行不一致' },
  TAB_AS_INDENT: { en: 'tabs are not allowed as indentation', zh: '不能用制表符（Tab）缩进' },
  MISSING_CHAR: { en: 'a required character is missing (often the `: ` after a key, or a closing quote or bracket)', zh: '缺少必要的字符（常见为键后的 `: `，或收尾的引号、括号）' },
  MULTILINE_IMPLICIT_KEY: { en: 'a key must be on a single line: a line has no `: ` after its name', zh: '键必须写在一行里：某一行的名称后面缺少 `: `' },
  BLOCK_AS_IMPLICIT_KEY: { en: 'a value contains `: ` where a new field cannot start (put the text in quotes)', zh: '值里出现了 `: `，但这里不能开始新字段（请给文字加引号）' },
  DUPLICATE_KEY: { en: 'the same field is written twice', zh: '同一个字段写了两次' },
  UNEXPECTED_TOKEN: { en: 'a character appears where YAML does not expect it', zh: '出现了 YAML 不认识的字符' },
  BAD_SCALAR_START: { en: 'the value starts with a character that must be quoted (such as `@`, `` ` ``, `%`)', zh: '值以需要加引号的字符开头（如 `@`、`` ` ``、`%`）' },
  BAD_DQ_ESCAPE: { en: 'a backslash `\\` inside double quotes starts an unknown escape', zh: '双引号内的反斜杠 `\\` 构成了无效的转义' },
  BLOCK_IN_FLOW: { en: 'a list or group written with brackets spans lines it cannot', zh: '用括号写的列表或字段组跨行写法有误' },
  KEY_OVER_1024_CHARS: { en: 'a key is over 1,024 characters long (a missing line break?)', zh: '键超过 1024 个字符（是否漏了换行？）' },
  MULTIPLE_DOCS: { en: 'there is a second `---` inside the fields', zh: '字段区里出现了第二个 `---`' },
  BAD_ALIAS: { en: 'a `*` starts an unknown reference (put the text in quotes)', zh: '`*` 开头被当作引用（请给文字加引号）' },
  MULTIPLE_ANCHORS: { en: 'a value has two `&` anchors (put the text in quotes)', zh: '一个值有两个 `&` 锚点（请给文字加引号）' },
  TAG_RESOLVE_FAILED: { en: 'a `!` starts an unknown type tag (put the text in quotes)', zh: '`!` 开头被当作类型标记（请给文字加引号）' },
  IMPOSSIBLE: { en: 'the text cannot be read as YAML', zh: '无法按 YAML 读取' },
};

/** The parser's reason in both languages: its code translated, its own English text kept alongside. */
export function parserReason(error: { code?: string; message: string }): { en: string; zh: string } {
  const own = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  const known = error.code ? YAML_ERRORS[error.code] : undefined;
  return known
    ? { en: `${known.en} — the YAML reader says: "${own}"`, zh: `${known.zh}——YAML 解析器原文：“${own}”` }
    : { en: `the YAML reader says: "${own}"`, zh: `YAML 解析器原文：“${own}”` };
}
