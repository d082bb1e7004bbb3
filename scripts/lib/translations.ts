/**
 * Translation parity: every Markdown entry must exist in both language folders of its collection
 * (src/content/<collection>/<lang>/<slug>.md). Pure functions over file lists, so tests can feed fixtures.
 */
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';

export const LANGS = ['zh-cn', 'en'] as const;
export const MARKDOWN_COLLECTIONS = ['industries', 'policies', 'sites', 'news', 'pages'] as const;

export interface Problem {
  file: string;
  field?: string;
  line?: number;
  message: string;
  severity: 'error' | 'warning';
}

function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return markdownFiles(full);
    return /\.mdx?$/.test(name) && !name.startsWith('_') ? [full] : [];
  });
}

/** Slugs of a collection's entries per language: `{ 'zh-cn': Map<slug, file>, en: … }`. */
export function entriesByLanguage(contentDir: string, collection: string): Record<string, Map<string, string>> {
  const result: Record<string, Map<string, string>> = {};
  for (const lang of LANGS) {
    const dir = join(contentDir, collection, lang);
    result[lang] = new Map(
      markdownFiles(dir).map((file) => [relative(dir, file).replace(/\.mdx?$/, ''), file] as const),
    );
  }
  return result;
}

export function checkTranslations(contentDir: string, collections: readonly string[] = MARKDOWN_COLLECTIONS): Problem[] {
  const problems: Problem[] = [];
  for (const collection of collections) {
    const byLang = entriesByLanguage(contentDir, collection);
    for (const lang of LANGS) {
      for (const other of LANGS.filter((l) => l !== lang)) {
        for (const [slug, file] of byLang[lang]!) {
          if (!byLang[other]!.has(slug)) {
            problems.push({
              file,
              severity: 'error',
              message: `exists only in ${lang}: add src/content/${collection}/${other}/${slug}.md (run \`npm run new -- ${collection} ${slug}\` to create it, marked untranslated)`,
            });
          }
        }
      }
    }
  }
  return problems;
}
