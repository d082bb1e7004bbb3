import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../scripts/lib/content-check';
import { codeReferences } from '../../scripts/lib/content-check/code-references';
import { htmlImbalances } from '../../scripts/lib/content-check/html-balance';
import { MARKDOWN_SCHEMAS } from '../../src/schemas/collections';
import { sharedFieldNames } from '../../src/schemas/shared-fields';

describe('HTML in Markdown bodies', () => {
  it('finds unclosed, stray and crossed tags, with lines', () => {
    expect(htmlImbalances('<div>\ntext', 10)).toEqual([{ line: 10, problem: 'unclosed', tag: 'div' }]);
    expect(htmlImbalances('text</span>')).toEqual([{ line: 1, problem: 'stray', tag: 'span' }]);
    expect(htmlImbalances('<b><i>x</b></i>')[0]).toMatchObject({ problem: 'crossed', tag: 'b', open: { tag: 'i' } });
  });

  it('leaves balanced HTML, void and self-closing tags, code, comments and autolinks alone', () => {
    const body = '<details><summary>S</summary>\n<br><img src="/a.png" alt="">\n</details>\n`<div>`\n```\n<div>\n```\n<!-- <div> -->\n<https://example.org>\n<Figure id="x" />';
    expect(htmlImbalances(body)).toEqual([]);
  });
});

describe('ids in code', () => {
  it('finds figure lists, source and site props, with lines', () => {
    const text = "export const HOME_FIGURES = [\n  'gdp-2023',\n] as const;\nconst c = { source: 'wiki-x' };\n<FigureGrid ids={['a-b']} />\n<SiteCard site=\"park-1\" />";
    expect(codeReferences(text)).toEqual([
      { kind: 'figure', id: 'gdp-2023', line: 2 },
      { kind: 'figure', id: 'a-b', line: 5 },
      { kind: 'source', id: 'wiki-x', line: 4 },
      { kind: 'site', id: 'park-1', line: 6 },
    ]);
  });
});

describe('shared fields', () => {
  it('are the fields that are not text, derived from the schemas', () => {
    expect(sharedFieldNames(MARKDOWN_SCHEMAS.news)).toEqual(['date', 'tags', 'image']);
    expect(sharedFieldNames(MARKDOWN_SCHEMAS.policies)).toEqual(['issued', 'issuedPrecision', 'effective', 'expires', 'expiresPrecision', 'level', 'type', 'sectors', 'urlKind', 'status']);
    expect(sharedFieldNames(MARKDOWN_SCHEMAS.sites)).toEqual(expect.arrayContaining(['status', 'sectors', 'figures', 'order']));
    for (const schema of Object.values(MARKDOWN_SCHEMAS)) {
      expect(sharedFieldNames(schema)).not.toEqual(expect.arrayContaining(['title']));
      expect(sharedFieldNames(schema)).not.toContain('untranslated');
    }
  });
});

describe('picture size', () => {
  it('a photo over 5 MB is an error naming the limit', () => {
    const root = mkdtempSync(join(tmpdir(), 'content-big-photo-'));
    try {
      cpSync('tests/fixtures/content-errors/valid', root, { recursive: true });
      cpSync('tests/fixtures/content-errors/cases/news-image-without-alt', root, { recursive: true });
      const en = join(root, 'src/content/news/en/2026-01-01-example.md');
      writeFileSync(en, readFileSync(en, 'utf8').replace('image: ../images/example.svg', '$&\nimageAlt: An example picture.'));
      writeFileSync(join(root, 'src/content/news/images/example.svg'), Buffer.alloc(6 * 1024 * 1024, 32));
      const problems = checkContent({ root, today: new Date('2026-06-01') });
      expect(problems.map((p) => p.kind)).toEqual(['image-too-large', 'image-too-large']);
      expect(problems[0]).toMatchObject({ file: 'src/content/news/zh-cn/2026-01-01-example.md', field: 'image', line: 9, severity: 'error' });
      expect(problems[0]!.message).toMatch(/is 6\.0 MB; the limit is 5 MB/);
      expect(problems[0]!.messageZh).toMatch(/上限是 5 MB/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
