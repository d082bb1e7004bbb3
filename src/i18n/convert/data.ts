/**
 * Converting a content entry's frontmatter for a generated edition: every string with Han characters is
 * converted (titles, descriptions, labels, notes, timeline items …); everything else is kept as it is — ids,
 * slugs, source ids, URLs and paths (fields named in KEEP are never touched), dates, numbers and booleans.
 */
import type { Convert } from './convert.ts';

/** Fields whose strings are addresses or references, never text to convert, whatever they contain. */
export const KEEP = new Set(['url', 'href', 'image', 'src', 'path', 'id', 'slug', 'source', 'sources', 'kind']);

/**
 * A deep copy of `value` with its text converted; plain objects and arrays are walked, other values kept.
 * With `editions`, a kept address pointing into the edition `from` (`/zh-cn/…`) points into `to` instead.
 */
export function convertData<T>(value: T, convert: Convert, editions?: { from: string; to: string }): T {
  const keep = (item: unknown): unknown =>
    editions && typeof item === 'string' && item.startsWith(`/${editions.from}/`)
      ? `/${editions.to}/${item.slice(editions.from.length + 2)}`
      : item;
  const walk = (item: unknown): unknown => {
    if (typeof item === 'string') return convert(item);
    if (Array.isArray(item)) return item.map(walk);
    if (item && typeof item === 'object' && Object.getPrototypeOf(item) === Object.prototype) {
      return Object.fromEntries(Object.entries(item).map(([key, v]) => [key, KEEP.has(key) ? keep(v) : walk(v)]));
    }
    return item;
  };
  return walk(value) as T;
}

/** Root-relative links to the edition `from` (`/zh-cn/…`) in Markdown text, pointed at the edition `to`. */
export function relocateLinks(text: string, from: string, to: string): string {
  return text.replace(new RegExp(`(\\]\\(|href=["']|^\\[[^\\]]+\\]:\\s*)/${from}/`, 'gm'), `$1/${to}/`);
}
