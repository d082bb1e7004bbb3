/**
 * The text of a page's <title>: short enough for a search result or a browser tab (html-validate's `long-title`
 * rule and most search engines cut at about 70 characters). The page title keeps the site name after it when both
 * fit; a long page title stands alone; one longer still is cut at a word (or, in Chinese, anywhere) and ends with "…".
 * The full title stays in the page's <h1> and og:title.
 */

/** Longest <title> text, in characters (code points). */
export const MAX_TITLE_LENGTH = 70;

const length = (text: string) => [...text].length;

/** `${title} · ${siteName}`, or as much of the title as fits in `max` characters. */
export function documentTitle(title: string, siteName: string, max = MAX_TITLE_LENGTH): string {
  const withSite = `${title} · ${siteName}`;
  if (length(withSite) <= max) return withSite;
  if (length(title) <= max) return title;
  const chars = [...title].slice(0, max - 1);
  const cut = chars.join('');
  // Cut at the last space when the title is made of words and the cut keeps most of it.
  const space = cut.lastIndexOf(' ');
  const kept = space > max * 0.6 ? cut.slice(0, space) : cut;
  return `${kept.replace(/[\s,.;:·–—-]+$/u, '')}…`;
}
