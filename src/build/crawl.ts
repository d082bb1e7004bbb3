/**
 * Fetches a site's pages from a running server, following links from the start pages: every same-origin page
 * below the base (addresses ending in `/`), each once. Used by the dev preview's search index.
 */
export interface CrawledPage {
  /** The page's path, base included (`/en/news/x/`). */
  path: string;
  html: string;
}

/** Page links in an HTML text: `href` values that are paths below the base and end with a slash. */
export function pageLinks(html: string, base: string): string[] {
  const links = new Set<string>();
  for (const match of html.matchAll(/\bhref="([^"#?]+)(?:[?#][^"]*)?"/g)) {
    const href = match[1]!;
    if (href.startsWith(base) && href.endsWith('/') && !href.includes('/admin/')) links.add(href);
  }
  return [...links];
}

export async function crawl(origin: string, start: string[], base: string, limit = 2_000): Promise<CrawledPage[]> {
  const seen = new Set(start);
  const queue = [...start];
  const pages: CrawledPage[] = [];
  while (queue.length && pages.length < limit) {
    const batch = queue.splice(0, 4);
    const results = await Promise.all(
      batch.map(async (path) => {
        const response = await fetch(`${origin}${path}`, { headers: { accept: 'text/html' } }).catch(() => undefined);
        return response?.ok ? { path, html: await response.text() } : undefined;
      }),
    );
    for (const page of results) {
      if (!page) continue;
      pages.push(page);
      for (const link of pageLinks(page.html, base)) {
        if (!seen.has(link)) {
          seen.add(link);
          queue.push(link);
        }
      }
    }
  }
  return pages;
}
