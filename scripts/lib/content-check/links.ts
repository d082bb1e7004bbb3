/**
 * Links and images written in a Markdown body, each with its line, and the site's known page routes, so
 * `npm run check:content` can tell an editor which link leads nowhere.
 */
import { ENTRY_COLLECTIONS, SECTION_FILES, SECTION_PATHS } from '../../../src/site/sections.ts';

export interface BodyLink {
  kind: 'link' | 'image';
  url: string;
  /** The image's alt text (`undefined` for links, or an <img> without an alt attribute). */
  alt?: string | undefined;
  line: number;
}

/** Links and images in Markdown text; `firstLine` is the file line the body starts on. Code is skipped. */
export function bodyLinks(body: string, firstLine = 1): BodyLink[] {
  const found: BodyLink[] = [];
  let fence: string | undefined;
  body.split('\n').forEach((raw, index) => {
    const line = firstLine + index;
    const fenceMatch = /^\s*(```|~~~)/.exec(raw);
    if (fenceMatch) {
      fence = fence ? (fence === fenceMatch[1] ? undefined : fence) : fenceMatch[1];
      return;
    }
    if (fence) return;
    const text = raw.replace(/`[^`]*`/g, '');
    for (const m of text.matchAll(/(!?)\[((?:[^\]\\]|\\.)*)\]\(\s*<?([^)\s>]+)>?(?:\s+["'][^"']*["'])?\s*\)/g)) {
      found.push(m[1] ? { kind: 'image', url: m[3]!, alt: m[2]!.trim(), line } : { kind: 'link', url: m[3]!, line });
    }
    const definition = /^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/.exec(text);
    if (definition) found.push({ kind: 'link', url: definition[1]!, line });
    for (const m of text.matchAll(/<a\s[^>]*href\s*=\s*["']([^"']+)["']/gi)) found.push({ kind: 'link', url: m[1]!, line });
    for (const m of text.matchAll(/<img\s[^>]*>/gi)) {
      const src = /\ssrc\s*=\s*["']([^"']+)["']/i.exec(m[0])?.[1];
      const alt = /\salt\s*=\s*["']([^"']*)["']/i.exec(m[0])?.[1];
      if (src) found.push({ kind: 'image', url: src, alt: alt?.trim(), line });
    }
  });
  return found;
}


/** Every known page path (`/en/policies/foo/`) from the locales and each collection's slugs per language. */
export function knownRoutes(
  locales: readonly string[],
  slugs: Partial<Record<string, Record<string, Iterable<string>>>>,
): Set<string> {
  const routes = new Set<string>(['/']);
  for (const locale of locales) {
    for (const section of SECTION_PATHS) routes.add(section ? `/${locale}/${section}/` : `/${locale}/`);
    for (const file of SECTION_FILES) routes.add(`/${locale}/${file}`);
    for (const collection of ENTRY_COLLECTIONS) {
      for (const slug of slugs[collection]?.[locale] ?? []) routes.add(`/${locale}/${collection}/${slug}/`);
    }
  }
  return routes;
}

/** A root-relative URL without its query and fragment, with the trailing slash pages have. */
export function normalisePath(url: string): string {
  const path = decodeURI(url.replace(/[?#].*$/, ''));
  return /\.[a-z0-9]+$/i.test(path) || path.endsWith('/') ? path : `${path}/`;
}

/** Whether a URL is one the site must serve itself: starts with a single `/`. */
export function isInternal(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//');
}
