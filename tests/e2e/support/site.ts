/** What the tests know about the built site: its pages (from the sitemap in dist/) and its origin. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isLocale, type Locale } from '../../../src/i18n/locales';

export const DIST = process.env.DIST_DIR ?? 'dist';
export const BASE = (process.env.BASE ?? '/').replace(/\/?$/, '/');

/** Every page listed in the built sitemaps, as paths below the base (`zh-cn/policies/`). */
export function sitemapPaths(): string[] {
  const files = readdirSync(DIST).filter((name) => /^sitemap-\d+\.xml$/.test(name));
  if (files.length === 0) throw new Error(`No sitemap in ${DIST}/: run \`npm run build\` first.`);
  const paths = new Set<string>();
  for (const file of files) {
    const xml = readFileSync(join(DIST, file), 'utf8');
    for (const match of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) {
      const pathname = new URL(match[1]!).pathname;
      if (!pathname.startsWith(BASE)) throw new Error(`Sitemap entry ${match[1]} is outside the base ${BASE}`);
      paths.add(pathname.slice(BASE.length));
    }
  }
  return [...paths].sort();
}

/** The locale key a page path starts with. */
export function localeOf(path: string): Locale | undefined {
  const first = path.split('/')[0];
  return isLocale(first) ? first : undefined;
}
