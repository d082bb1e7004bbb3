/**
 * Compares a content file before and after a save, as data: the frontmatter (or a YAML data file) parsed, the
 * Markdown body as text. What the tests call "the diff" of a save: the paths whose value changed, were added or
 * were removed, plus whether the body changed and whether the keys kept their order.
 */
import { parse } from 'yaml';

export interface EntryDiff {
  /** Field paths (`title`, `sources.1`, `[0].value`) whose value differs. */
  changed: string[];
  bodyChanged: boolean;
  /** The top-level keys in the same order before and after (new keys aside). */
  orderKept: boolean;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*\r?\n?/;

function split(text: string, isYaml: boolean): { data: unknown; body: string } {
  if (isYaml) return { data: parse(text), body: '' };
  const match = FRONTMATTER.exec(text);
  if (!match) return { data: {}, body: text };
  // The body is compared without the blank lines around it, which carry no content.
  return { data: parse(match[1]!), body: text.slice(match[0].length).trim() };
}

function paths(a: unknown, b: unknown, prefix: string, out: string[]): void {
  const isObject = (v: unknown) => v !== null && typeof v === 'object';
  if (isObject(a) && isObject(b) && Array.isArray(a) === Array.isArray(b)) {
    const keys = new Set([...Object.keys(a as object), ...Object.keys(b as object)]);
    for (const key of keys) {
      const path = Array.isArray(a) ? `${prefix}[${key}]` : prefix ? `${prefix}.${key}` : key;
      paths((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], path, out);
    }
    return;
  }
  if (JSON.stringify(a) !== JSON.stringify(b)) out.push(prefix || '(root)');
}

export function entryDiff(before: string, after: string, isYaml = false): EntryDiff {
  const was = split(before, isYaml);
  const now = split(after, isYaml);
  const changed: string[] = [];
  paths(was.data, now.data, '', changed);
  const keys = (data: unknown) => (data && typeof data === 'object' && !Array.isArray(data) ? Object.keys(data) : []);
  const oldKeys = keys(was.data);
  const kept = keys(now.data).filter((key) => oldKeys.includes(key));
  return {
    changed,
    bodyChanged: was.body !== now.body,
    orderKept: kept.join() === oldKeys.filter((key) => kept.includes(key)).join(),
  };
}
