// `npm run fix:typography`: rewrites half-width punctuation in the Chinese Markdown (the body text and simple
// frontmatter values of every Chinese edition), the data files and the config modules to full width, using the same zhlint rules as `npm run check:content`. Review the diff after.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHINESE_LOCALES, dataTexts, lintChinese } from './lib/content-check/typography.ts';
import { markdownFiles, MARKDOWN_COLLECTIONS } from './lib/content-check/translations.ts';

/** `text` with every reported mark replaced by its full-width form. */
function fixed(text: string): string {
  let out = text;
  for (const issue of lintChinese(text).sort((a, b) => b.index - a.index)) {
    out = out.slice(0, issue.index) + issue.expected + out.slice(issue.index + issue.found.length);
  }
  return out;
}

/** A frontmatter line `key: value` or `- value`: fixes the value, never the YAML around it. */
function fixLine(line: string): string {
  const m = /^(\s*(?:- )?(?:[\w.-]+: )?)(.*)$/.exec(line);
  if (!m || !m[2] || /^[|>{[&*!%@`]/.test(m[2])) return line;
  const value = m[2];
  const quoted = /^(["'])(.*)\1$/.exec(value);
  if (quoted) {
    const inner = fixed(quoted[2]!);
    return inner.includes(quoted[1]!) ? line : `${m[1]}${quoted[1]}${inner}${quoted[1]}`;
  }
  const out = fixed(value);
  // A plain YAML value may not contain ": " or start with some marks; full-width marks are always safe.
  return `${m[1]}${out}`;
}

const root = process.env.CONTENT_ROOT ?? '.';
let changed = 0;
for (const collection of MARKDOWN_COLLECTIONS) {
  for (const file of CHINESE_LOCALES.flatMap((locale) => markdownFiles(join(root, 'src/content', collection, locale)))) {
    const text = readFileSync(file, 'utf8');
    const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
    const front = m ? m[1]!.split('\n').map(fixLine).join('\n') : '';
    const body = m ? text.slice(m[0].length) : text;
    const out = m ? `---\n${front}\n---\n${fixed(body)}` : fixed(body);
    if (out !== text) {
      writeFileSync(file, out);
      changed += 1;
      console.log(`fixed ${file}`);
    }
  }
}
// Data files and modules: each Chinese string replaced where it is written as it reads (plain or simply quoted).
for (const { file, texts } of dataTexts(root)) {
  const path = join(root, file);
  let text = readFileSync(path, 'utf8');
  const before = text;
  for (const { text: value } of texts) {
    const out = fixed(value);
    if (out !== value && text.split(value).length === 2) text = text.replace(value, out);
  }
  if (text !== before) {
    writeFileSync(path, text);
    changed += 1;
    console.log(`fixed ${file}`);
  }
}
console.log(`fix:typography: ${changed} file(s) changed / 已修改 ${changed} 个文件`);
