/**
 * Translation parity: every Markdown entry must exist in the folder of every edition staff write
 * (src/content/<collection>/<lang>/<slug>.md; the generated zh-hk edition needs no files, and a zh-hk file, an
 * override, needs its zh-cn and en files). A missing file stops publishing; a file marked
 * `untranslated: true` is published with a "not yet translated" notice (see rules/untranslated.ts).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LOCALE_KEYS, LOCALES, otherLocales, isWrittenLocale, type Locale } from '../../../src/i18n/locales.ts';
import type { Problem } from './problems.ts';

export type { Problem } from './problems.ts';

export const MARKDOWN_COLLECTIONS = ['industries', 'policies', 'sites', 'news', 'pages'] as const;

/** Markdown files below `dir` (names starting with `_` are left out, as the build does). */
export function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) return markdownFiles(full);
      return /\.mdx?$/.test(name) && !name.startsWith('_') ? [full] : [];
    });
}

/** Slugs of a collection's entries per edition: `{ <locale>: Map<slug, file>, … }`. */
export function entriesByLanguage(contentDir: string, collection: string): Record<Locale, Map<string, string>> {
  const result = {} as Record<Locale, Map<string, string>>;
  for (const lang of LOCALE_KEYS) {
    const dir = join(contentDir, collection, lang);
    result[lang] = new Map(markdownFiles(dir).map((file) => [relative(dir, file).replace(/\.mdx?$/, ''), file] as const));
  }
  return result;
}

/** One problem per entry that exists in one language only. `root` is what file names are given relative to. */
export function checkTranslations(
  contentDir: string,
  collections: readonly string[] = MARKDOWN_COLLECTIONS,
  root = '.',
): Problem<'one-language'>[] {
  const problems: Problem<'one-language'>[] = [];
  for (const collection of collections) {
    const byLang = entriesByLanguage(contentDir, collection);
    for (const lang of LOCALE_KEYS) {
      // Every entry needs a file in each edition staff write; a generated edition (zh-hk) needs none, and a file
      // there (an override) needs its source in every written edition.
      for (const other of otherLocales(lang).filter(isWrittenLocale)) {
        for (const [slug, file] of byLang[lang]) {
          if (byLang[other].has(slug)) continue;
          const missing = `src/content/${collection}/${other}/${slug}.md`;
          const command = `npm run new -- ${collection} ${slug}`;
          problems.push({
            file: relative(root, file),
            kind: 'one-language',
            severity: 'error',
            message: `exists only in ${LOCALES[lang].name.en}: add ${missing} — translate it, or copy this file there with \`untranslated: true\` to publish it with a "not yet translated" notice (\`${command}\` creates every edition's file for a new entry).`,
            messageZh: `只有${LOCALES[lang].name.zh}版：请添加 ${missing}——翻译后放入；或先复制本文件过去并写上 \`untranslated: true\`，页面会带“尚未翻译”提示发布（新条目可用 \`${command}\` 同时建好各语言版本的文件）。`,
          });
        }
      }
    }
  }
  return problems;
}
