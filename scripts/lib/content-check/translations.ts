/**
 * Translation parity: every Markdown entry must exist in both language folders of its collection
 * (src/content/<collection>/<lang>/<slug>.md). A missing file stops publishing; a file marked
 * `untranslated: true` is published with a "not yet translated" notice (see content-check.ts).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Problem } from './problems.ts';

export type { Problem } from './problems.ts';

export const LANGS = ['zh-cn', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const LANG_NAMES: Record<Lang, { en: string; zh: string }> = {
  'zh-cn': { en: 'Chinese', zh: '中文' },
  en: { en: 'English', zh: '英文' },
};
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

/** Slugs of a collection's entries per language: `{ 'zh-cn': Map<slug, file>, en: … }`. */
export function entriesByLanguage(contentDir: string, collection: string): Record<Lang, Map<string, string>> {
  const result = {} as Record<Lang, Map<string, string>>;
  for (const lang of LANGS) {
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
): Problem[] {
  const problems: Problem[] = [];
  for (const collection of collections) {
    const byLang = entriesByLanguage(contentDir, collection);
    for (const lang of LANGS) {
      for (const other of LANGS.filter((l) => l !== lang)) {
        for (const [slug, file] of byLang[lang]) {
          if (byLang[other].has(slug)) continue;
          const missing = `src/content/${collection}/${other}/${slug}.md`;
          const command = `npm run new -- ${collection} ${slug}`;
          problems.push({
            file: relative(root, file),
            kind: 'one-language',
            severity: 'error',
            message: `exists only in ${LANG_NAMES[lang].en}: add ${missing} — translate it, or copy this file there with \`untranslated: true\` to publish it with a "not yet translated" notice (\`${command}\` creates both files for a new entry).`,
            messageZh: `只有${LANG_NAMES[lang].zh}版:请添加 ${missing}——翻译后放入;或先复制本文件过去并写上 \`untranslated: true\`,页面会带“尚未翻译”提示发布(新条目可用 \`${command}\` 同时建两个文件)。`,
          });
        }
      }
    }
  }
  return problems;
}
