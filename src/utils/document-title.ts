/**
 * The text of a page's <title>: short enough for a search result or a browser tab (html-validate's `long-title`
 * rule and most search engines cut at about 70 characters). The page title keeps the site name after it when both
 * fit; a long page title stands alone; one longer still is cut at a word (or, in Chinese, anywhere) and ends with "…".
 * The full title stays in the page's <h1> and og:title.
 */

/** Longest <title> text, in characters as written in the HTML. */
export const MAX_TITLE_LENGTH = 70;

/** Characters the build writes as entities in the HTML (`&` → `&amp;`), and their length there. */
const ESCAPED: Record<string, number> = { '&': 5, '<': 4, '>': 4, '"': 6 };

/** Length of `text` once written into the HTML: code points, an escaped character counting as its entity. */
export function htmlLength(text: string): number {
  return [...text].reduce((sum, char) => sum + (ESCAPED[char] ?? 1), 0);
}

/** `${title} · ${siteName}`, or as much of the title as fits in `max` characters. */
export function documentTitle(title: string, siteName: string, max = MAX_TITLE_LENGTH): string {
  const withSite = `${title} · ${siteName}`;
  if (htmlLength(withSite) <= max) return withSite;
  if (htmlLength(title) <= max) return title;
  let cut = '';
  for (const char of title) {
    if (htmlLength(cut + char) > max - 1) break;
    cut += char;
  }
  // Cut at the last space when the title is made of words and the cut keeps most of it.
  const space = cut.lastIndexOf(' ');
  const kept = space > cut.length * 0.6 ? cut.slice(0, space) : cut;
  return `${kept.replace(/[\s,.;:·–—-]+$/u, '')}…`;
}
