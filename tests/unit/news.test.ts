import { describe, expect, it } from 'vitest';
import { byNewest, collectTags, newsPagePath, newsPages } from '../../src/model/news/news';
import { tagLabel } from '../../src/model/news/tags';

const item = (id: string, date: string, tags: string[] = []) => ({ id, data: { date: new Date(`${date}T00:00:00Z`), tags } });

describe('news', () => {
  it('sorts newest first, ties by id', () => {
    const sorted = [item('en/a', '2023-02-06'), item('en/c', '2024-07-31'), item('en/b', '2024-07-31')].sort(byNewest);
    expect(sorted.map((entry) => entry.id)).toEqual(['en/b', 'en/c', 'en/a']);
  });

  it('paginates: the first page at news/, then news/2/, with newer and older links', () => {
    const items = Array.from({ length: 23 }, (_, i) => i);
    const pages = newsPages(items, 10);
    expect(pages.map((page) => page.path)).toEqual(['news', 'news/2', 'news/3']);
    expect(pages.map((page) => page.items.length)).toEqual([10, 10, 3]);
    expect(pages[0]).toMatchObject({ number: 1, newer: undefined, older: 'news/2', last: 3 });
    expect(pages[1]).toMatchObject({ newer: 'news', older: 'news/3' });
    expect(pages[2]).toMatchObject({ newer: 'news/2', older: undefined });
    expect(pages[1]?.items[0]).toBe(10);
  });

  it('always has a first page, and one page for up to a full page of items', () => {
    expect(newsPages([], 10)).toHaveLength(1);
    expect(newsPages([1, 2, 3, 4, 5, 6], 10)).toHaveLength(1);
    expect(newsPages(Array.from({ length: 10 }), 10)).toHaveLength(1);
    expect(newsPages(Array.from({ length: 11 }), 10)).toHaveLength(2);
    expect(() => newsPages([1], 0)).toThrow();
    expect(newsPagePath(1)).toBe('news');
  });

  it('collects tags and labels them from the dictionaries, unknown tags as they are', () => {
    expect(collectTags([item('a', '2020-01-01', ['transport', 'logistics']), item('b', '2020-01-01', ['transport'])])).toEqual([
      'logistics',
      'transport',
    ]);
    expect(tagLabel('transport', 'en')).toBe('Transport');
    expect(tagLabel('transport', 'zh-cn')).toBe('交通');
    expect(tagLabel('brand-new-tag', 'en')).toBe('brand-new-tag');
  });
});
