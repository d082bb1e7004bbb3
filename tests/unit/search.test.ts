import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveOutDir, summarise } from '../../scripts/lib/pagefind-build';
import { useTranslations } from '../../src/i18n/translate';
import { searchFields } from '../../src/model/search/fields';
import { countText, safeExcerpt, toResultView } from '../../src/model/search/results';
import { fill } from '../../src/i18n/template';
import { sectionLabelKey, sectionOf } from '../../src/site/sections';
import { applicableFilters, pagefindFilters, readState, sameState, stateToSearch } from '../../src/model/search/state';
import { filterLabels, HEADER_KEYS, PAGE_KEYS, pickStrings } from '../../src/model/search/strings';

const zh = useTranslations('zh-cn');
const en = useTranslations('en');

describe('search sections', () => {
  it('is the first segment of the locale-neutral path, home for the home page', () => {
    expect(sectionOf('')).toBe('home');
    expect(sectionOf('policies/dongguan-talent-housing-2023')).toBe('policies');
    expect(sectionOf('/cooperation-zone/')).toBe('cooperation-zone');
    expect(sectionOf('map')).toBe('map');
  });

  it('has dictionary labels for the known sections only', () => {
    expect(sectionLabelKey('industries')).toBe('nav.industries');
    expect(sectionLabelKey('cooperation-zone')).toBe('nav.zoneShort');
    expect(sectionLabelKey('map')).toBeUndefined();
    expect(sectionLabelKey('toString')).toBeUndefined();
  });
});

describe('search fields of a page', () => {
  it('gives every page its section as a filter and, where named, a label in its language', () => {
    expect(searchFields('about', en)).toEqual({ meta: { section: 'About this site' }, filters: [['section', 'about']] });
    expect(searchFields('map', zh)).toEqual({ meta: {}, filters: [['section', 'map']] });
  });

  it('dates news by `date` and policies by `issued`', () => {
    const news = searchFields('news/x', zh, { collection: 'news', data: { date: new Date('2023-02-22') } });
    expect(news.meta).toEqual({ section: '新闻', date: '2023-02-22' });
    const policy = searchFields('policies/y', en, {
      collection: 'policies',
      data: { issued: new Date('2024-05-01'), type: 'talent', level: 'city', sectors: ['new-energy', 'logistics'] },
    });
    expect(policy.meta.date).toBe('2024-05-01');
    expect(policy.filters).toEqual([
      ['section', 'policies'],
      ['type', 'talent'],
      ['level', 'city'],
      ['sector', 'new-energy'],
      ['sector', 'logistics'],
    ]);
  });

  it('tags industries and sites with their sectors', () => {
    expect(searchFields('industries/a', en, { collection: 'industries', data: { sector: 'new-energy' } }).filters).toEqual([
      ['section', 'industries'],
      ['sector', 'new-energy'],
    ]);
    expect(searchFields('sites/b', en, { collection: 'sites', data: { sectors: [] } }).filters).toEqual([['section', 'sites']]);
    expect(searchFields('transport', en, { collection: 'pages', data: {} }).meta).toEqual({ section: 'Transport' });
  });
});

describe('search state in the URL', () => {
  it('reads the query and the filters, dropping what does not belong', () => {
    expect(readState('?q=%20招商%20&section=policies&type=talent&utm=x')).toEqual({
      q: '招商',
      filters: { section: 'policies', type: 'talent' },
    });
    // A policy type means nothing without the policies section; a malformed value is ignored.
    expect(readState('?q=a&type=talent&section=<b>')).toEqual({ q: 'a', filters: {} });
    expect(readState('')).toEqual({ q: '', filters: {} });
  });

  it('writes a stable query string that reads back the same', () => {
    const state = { q: 'freight train', filters: { sector: 'logistics', section: 'industries' } };
    expect(stateToSearch(state)).toBe('?q=freight+train&section=industries&sector=logistics');
    expect(readState(stateToSearch(state))).toEqual(state);
    expect(stateToSearch({ q: '  ', filters: {} })).toBe('');
    expect(sameState(state, { q: 'freight train ', filters: { section: 'industries', sector: 'logistics' } })).toBe(true);
  });

  it('offers sub-filters only where they help', () => {
    expect(applicableFilters(undefined)).toEqual(['section']);
    expect(applicableFilters('news')).toEqual(['section']);
    expect(applicableFilters('policies')).toEqual(['section', 'type', 'level', 'sector']);
    expect(applicableFilters('sites')).toEqual(['section', 'sector']);
    expect(pagefindFilters({ q: 'x', filters: { section: 'news', sector: 'logistics' } })).toEqual({ section: 'news' });
  });
});

describe('search results', () => {
  it('maps Pagefind data to title, section, formatted date and excerpt', () => {
    const data = {
      url: '/en/news/a/',
      excerpt: 'the <mark>freight</mark> train',
      meta: { title: ' Freight train ', section: 'News', date: '2020-11-29' },
    };
    expect(toResultView(data, 'en')).toEqual({
      url: '/en/news/a/',
      title: 'Freight train',
      section: 'News',
      date: { iso: '2020-11-29', label: '29 November 2020' },
      excerpt: 'the <mark>freight</mark> train',
    });
    expect(toResultView({ ...data, meta: { date: 'soon' } }, 'zh-cn')).toEqual({
      url: '/en/news/a/',
      title: '/en/news/a/',
      excerpt: 'the <mark>freight</mark> train',
    });
    expect(toResultView(data, 'zh-cn').date?.label).toBe('2020年11月29日');
  });

  it('keeps only <mark> in excerpts', () => {
    expect(safeExcerpt('<mark>a</mark> <img src=x onerror=alert(1)> &lt;b&gt;')).toBe(
      '<mark>a</mark> &lt;img src=x onerror=alert(1)&gt; &lt;b&gt;',
    );
  });

  it('fills placeholders and picks the plural form of the language', () => {
    expect(fill('{{count}} of {{x}} {{missing}}', { count: 2, x: 'y' })).toBe('2 of y {{missing}}');
    const enStrings = pickStrings(en, HEADER_KEYS);
    expect(countText(enStrings, 'en', 1, 'zone')).toBe('1 result for “zone”');
    expect(countText(enStrings, 'en', 1200, 'zone')).toBe('1,200 results for “zone”');
    expect(countText(pickStrings(zh, HEADER_KEYS), 'zh-CN', 3, '招商')).toBe('找到 3 条与“招商”相关的结果');
  });

  it('has every UI string and filter label in both languages', () => {
    for (const t of [zh, en]) {
      for (const text of Object.values(pickStrings(t, PAGE_KEYS))) expect(text).not.toMatch(/^\[/);
      const labels = filterLabels(t);
      for (const group of Object.values(labels)) for (const text of Object.values(group)) expect(text).not.toMatch(/^\[/);
    }
    expect(filterLabels(en).type.talent).toBe('Talent');
    expect(filterLabels(zh).section.news).toBe('新闻');
  });
});

describe('pagefind build script', () => {
  it('finds the built site from --outDir, then DIST_DIR, then dist', () => {
    expect(resolveOutDir(['--outDir', 'dist-sub'], { DIST_DIR: 'x' })).toBe('dist-sub');
    expect(resolveOutDir(['--outDir=dist-bench'], {})).toBe('dist-bench');
    expect(resolveOutDir([], { DIST_DIR: 'dist-env' })).toBe('dist-env');
    expect(resolveOutDir(['--outDir'], {})).toBe('dist');
  });

  it('sums each language’s index files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pagefind-'));
    mkdirSync(join(dir, 'index'));
    writeFileSync(join(dir, 'index', 'en_abc.pf_index'), 'x'.repeat(100));
    writeFileSync(join(dir, 'index', 'zh-cn_def.pf_index'), 'x'.repeat(300));
    writeFileSync(join(dir, 'pagefind.en_123.pf_meta'), 'x'.repeat(20));
    writeFileSync(join(dir, 'pagefind.js'), 'x'.repeat(5000));
    const entry = { languages: { en: { hash: 'en_123', page_count: 2 }, 'zh-cn': { hash: 'zh-cn_9', page_count: 3 } } };
    expect(summarise(dir, entry)).toEqual([
      { language: 'en', pages: 2, bytes: 120 },
      { language: 'zh-cn', pages: 3, bytes: 300 },
    ]);
  });
});
