import { describe, expect, it } from 'vitest';
import { buildSourceIndex, entryPagePath, uncitedSources } from '../../src/model/sources/sources-index';
import { displayTitle, titleLang } from '../../src/i18n/titles';

const figures = [
  { id: 'gdp', source: 'mirror' },
  { id: 'area', source: 'paper' },
];

describe('buildSourceIndex', () => {
  it('collects pages citing a source through their sources list and through the figures they show', () => {
    const index = buildSourceIndex(
      ['paper', 'mirror', 'wiki'],
      [
        { path: 'transport', title: 'Transport', sources: ['wiki', 'paper'] },
        { path: 'industries/logistics', title: 'Logistics', sources: ['paper'], figures: ['area'] },
        { path: 'sources', hash: 'key-figures', title: 'Key figures', figures: ['gdp', 'area'] },
      ],
      figures,
    );
    expect(index.get('paper')?.map((page) => page.path)).toEqual(['industries/logistics', 'sources', 'transport']);
    expect(index.get('mirror')).toEqual([{ path: 'sources', hash: 'key-figures', title: 'Key figures' }]);
    expect(index.get('wiki')?.map((page) => page.title)).toEqual(['Transport']);
  });

  it('lists each page once per source, keeps the sources in the order given, and reports uncited ones', () => {
    const index = buildSourceIndex(['b', 'a', 'c'], [{ path: 'x', title: 'X', sources: ['a', 'a'], figures: ['f'] }], [{ id: 'f', source: 'a' }]);
    expect([...index.keys()]).toEqual(['b', 'a', 'c']);
    expect(index.get('a')).toHaveLength(1);
    expect(uncitedSources(index)).toEqual(['b', 'c']);
  });

  it('fails loudly on an unknown source or figure, naming the page', () => {
    expect(() => buildSourceIndex(['a'], [{ path: 'news/x', title: 'X', sources: ['typo'] }], [])).toThrow(/typo.*\/news\/x/);
    expect(() => buildSourceIndex(['a'], [{ path: 'sites/y', title: 'Y', figures: ['nope'] }], [])).toThrow(/nope.*\/sites\/y/);
  });

  it('maps entries to their page paths', () => {
    expect(entryPagePath('policies', 'foo')).toBe('policies/foo');
    expect(entryPagePath('pages', 'contact')).toBe('contact');
  });
});

describe('source titles', () => {
  it('tells Chinese titles from English ones by their script', () => {
    expect(titleLang('常平镇')).toBe('zh-CN');
    expect(titleLang('东莞"招商年"成绩单')).toBe('zh-CN');
    expect(titleLang('Changping, Guangdong')).toBe('en');
  });

  it('shows the English rendering on English pages only', () => {
    const source = { title: '常平镇', titleEn: 'Changping Town' };
    expect(displayTitle(source, 'en')).toBe('Changping Town');
    expect(displayTitle(source, 'zh-cn')).toBe('常平镇');
    expect(displayTitle({ title: 'Report' }, 'en')).toBe('Report');
  });
});

import { collectSourceIds } from '../../src/model/sources/sources-index';

describe('collectSourceIds', () => {
  it('finds source and sources fields at any depth, once each', () => {
    const data = {
      title: 'x',
      sources: ['a', 'b'],
      agreement: { source: 'c', parties: [{ name: 'p' }] },
      timeline: [{ date: '2023', sources: ['b', 'd'] }, { date: '2024', sources: [] }],
      updated: new Date('2026-01-01'),
    };
    expect(collectSourceIds(data).sort()).toEqual(['a', 'b', 'c', 'd']);
  });
});
