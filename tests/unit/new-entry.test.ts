import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { MARKDOWN_SCHEMAS } from '../../src/schemas/collections';
import { checkContent } from '../../scripts/lib/content-check';
import { createEntry, NewEntryError } from '../../scripts/lib/new-entry';

const TODAY = new Date('2026-12-01T00:00:00Z');
let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'new-entry-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const frontmatter = (file: string) => parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))![1]!);
const requiredKeys = (collection: keyof typeof MARKDOWN_SCHEMAS) =>
  Object.entries(
    (
      MARKDOWN_SCHEMAS[collection] as unknown as {
        shape: Record<string, { safeParse(v: unknown): { success: boolean } }>;
      }
    ).shape,
  )
    .filter(([, field]) => !field.safeParse(undefined).success)
    .map(([name]) => name);

describe('npm run new', () => {
  for (const collection of ['news', 'policies', 'industries', 'sites'] as const) {
    it(`${collection}: writes both languages with every required field, today's date and the English side marked untranslated`, () => {
      const [zh, en] = createEntry({ root, collection, slug: 'example-entry', today: TODAY });
      expect(zh).toBe(join(root, 'src/content', collection, 'zh-cn/example-entry.md'));
      expect(en).toBe(join(root, 'src/content', collection, 'en/example-entry.md'));
      const zhData = frontmatter(zh!);
      const enData = frontmatter(en!);
      for (const key of requiredKeys(collection)) {
        expect(zhData, key).toHaveProperty(key);
        expect(enData, key).toHaveProperty(key);
      }
      expect(zhData.updated).toBe('2026-12-01');
      expect(zhData.untranslated).toBeUndefined();
      expect(enData.untranslated).toBe(true);
      expect(readFileSync(en!, 'utf8')).toContain('NOT YET TRANSLATED');
      expect(readFileSync(zh!, 'utf8')).toMatch(/# 标题: /);
    });
  }

  it('leaves nothing but TODOs for the check to find: no other mistake in the template', () => {
    createEntry({ root, collection: 'policies', slug: 'example-policy', today: TODAY });
    const problems = checkContent({ root, today: TODAY });
    expect(problems.length).toBeGreaterThan(0);
    expect([...new Set(problems.map((p) => p.kind))].sort()).toEqual(['placeholder', 'untranslated']);
    expect(
      problems
        .filter((p) => p.field === 'title')
        .map((p) => p.line)
        .sort(),
    ).toEqual([5, 8]);
  });

  it('refuses to overwrite, and writes nothing when one side exists', () => {
    createEntry({ root, collection: 'news', slug: 'example', today: TODAY });
    rmSync(join(root, 'src/content/news/zh-cn/example.md'));
    expect(() => createEntry({ root, collection: 'news', slug: 'example', today: TODAY })).toThrow(/already exists/);
    expect(existsSync(join(root, 'src/content/news/zh-cn/example.md'))).toBe(false);
  });

  it('explains a wrong collection or file name instead of failing', () => {
    expect(() => createEntry({ root, collection: 'blog', slug: 'x' })).toThrow(NewEntryError);
    expect(() => createEntry({ root, collection: 'figures', slug: 'x' })).toThrow(/figures\.yaml/);
    expect(() => createEntry({ root, collection: 'news', slug: 'My News' })).toThrow(/lower-case letters/);
    expect(() => createEntry({ root, collection: 'pages', slug: 'history' })).toThrow(/pages are fixed/);
  });
});
