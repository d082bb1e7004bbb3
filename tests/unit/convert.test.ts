/**
 * The generated zh-hk edition's conversion: OpenCC with the phrase table (src/i18n/convert/), the frontmatter
 * walk that leaves ids, addresses, dates and numbers alone, and the data text completed for zh-hk.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import { converterFor, convertText, generatedEditions, makeConverter, withGenerated } from '../../src/i18n/convert/convert';
import { convertData, relocateLinks } from '../../src/i18n/convert/data';
import { PHRASES } from '../../src/i18n/convert/phrases';
import { withEditions } from '../../src/i18n/convert/editions';
import { convertMdx } from '../../src/build/generated-mdx';
import { GENERATED_LOCALES, generatedFrom, LOCALES, WRITTEN_LOCALES } from '../../src/i18n/locales';
import { localizedText } from '../../src/schemas/shared';

const hk = (text: string) => convertText(text, 'zh-hk');
/** OpenCC alone, without the phrase table. */
let plain: (text: string) => string;

// OpenCC builds its dictionaries on first use: several seconds on a busy machine, so once, before the tests.
beforeAll(() => {
  hk('东莞');
  plain = OpenCC.Converter({ from: 'cn', to: 'hkp' });
}, 120_000);

describe('the zh-hk edition in the list of editions', () => {
  it('is generated from zh-cn and tagged zh-HK; staff write zh-cn and en', () => {
    expect(GENERATED_LOCALES).toEqual(['zh-hk']);
    expect(generatedFrom('zh-hk')).toBe('zh-cn');
    expect(LOCALES['zh-hk'].lang).toBe('zh-HK');
    expect(WRITTEN_LOCALES).toEqual(['zh-cn', 'en']);
  });
});

describe('OpenCC conversion to Hong Kong Traditional', () => {
  it('converts characters and phrases, units and place names', () => {
    expect(hk('东莞市常平镇人民政府')).toBe('東莞市常平鎮人民政府');
    expect(hk('产业补贴最高 688 亿元,面积 103 平方公里')).toBe('產業補貼最高 688 億元,面積 103 平方公里');
    expect(hk('中欧班列从常平出发')).toBe('中歐班列從常平出發');
    expect(hk('站内搜索')).toBe('站內搜尋'); // Hong Kong wording (hkp), not only characters
  });

  it('leaves text without Han characters as it is', () => {
    for (const text of ['2023-02-22', 'https://example.org/东莞', 'nanfangplus-2023-02-22', '688', '']) {
      if (!/\p{Script=Han}/u.test(text)) expect(hk(text)).toBe(text);
    }
    expect(converterFor('en')('东莞')).toBe('东莞'); // an edition staff write is never converted
  });
});

describe('the phrase table (src/i18n/convert/phrases.ts)', () => {
  it('has each key once, with a value in Traditional characters only (none OpenCC would still change)', () => {
    const keys = PHRASES.map(([key]) => key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const [key, value] of PHRASES) {
      expect(key.length, key).toBeGreaterThan(0);
      for (const char of value) expect(plain(char), `${key} → ${value}`).toBe(char);
    }
  });

  it('gives every phrase its table form inside running text', () => {
    for (const [key, value] of PHRASES) expect(hk(`据报道,${key}。`)).toBe(`據報道,${value}。`);
  });

  it('fixes what OpenCC alone gets wrong', () => {
    const cases: [string, string][] = [
      ['包括发布机关', '包括發佈機關'],
      ['范围和面积', '範圍和面積'],
      ['技术和面向的产业', '技術和面向的產業'],
      ['交流,并到以往', '交流,並到以往'],
    ];
    for (const [source, fixed] of cases) {
      expect(plain(source)).not.toBe(fixed); // the table is needed: OpenCC alone is wrong here
      expect(hk(source)).toBe(fixed);
    }
  });

  it('writes quotation marks as corner brackets', () => {
    expect(hk('打造“深莞产业合作区”')).toBe('打造「深莞產業合作區」');
  });

  it('takes the longest phrase where phrases overlap, and several in one text', { timeout: 60_000 }, () => {
    const convert = makeConverter({ from: 'cn', to: 'hk' }, [['东莞', '東莞'], ['东莞港', 'X港'], ['常平', 'Y']]);
    expect(convert('东莞港在常平,东莞')).toBe('X港在Y,東莞');
  });
});

describe('converting an entry for zh-hk', () => {
  it('converts text fields and keeps ids, addresses, dates, numbers and booleans', () => {
    const date = new Date('2023-02-22T00:00:00Z');
    const data = {
      title: '深莞产业合作区签约',
      description: '常平与深圳签订协议。',
      sources: ['nanfangplus-2023-02-22'],
      date,
      order: 3,
      draft: false,
      tags: ['investment'],
      url: 'https://example.org/东莞',
      links: [{ label: '联系我们', href: '/zh-cn/contact/' }],
      timeline: [{ date, text: '签约' }],
    };
    const out = convertData(data, converterFor('zh-hk'), { from: 'zh-cn', to: 'zh-hk' });
    expect(out).toEqual({
      ...data,
      title: '深莞產業合作區簽約',
      description: '常平與深圳簽訂協議。',
      links: [{ label: '聯繫我們', href: '/zh-hk/contact/' }],
      timeline: [{ date, text: '簽約' }],
    });
    expect(out.date).toBe(date);
    expect(data.title).toBe('深莞产业合作区签约'); // the source is not changed
  });

  it('points Markdown links to zh-cn pages at the zh-hk pages, and nothing else', () => {
    const body = '见[政策](/zh-cn/policies/)和[英文](/en/about/)。\n\n[ref]: /zh-cn/sources/\n<a href="/zh-cn/contact/">x</a> /zh-cn/ 文本';
    expect(relocateLinks(body, 'zh-cn', 'zh-hk')).toBe(
      '见[政策](/zh-hk/policies/)和[英文](/en/about/)。\n\n[ref]: /zh-hk/sources/\n<a href="/zh-hk/contact/">x</a> /zh-cn/ 文本',
    );
  });
});

describe('data text in every edition', () => {
  it('completes zh-hk from zh-cn, keeps a zh-hk text staff wrote, and still requires the written editions', () => {
    expect(localizedText.parse({ 'zh-cn': '全镇面积', en: 'Total area' })).toEqual({ 'zh-cn': '全镇面积', 'zh-hk': '全鎮面積', en: 'Total area' });
    expect(localizedText.parse({ 'zh-cn': '全镇面积', 'zh-hk': '全鎮總面積', en: 'Total area' })['zh-hk']).toBe('全鎮總面積');
    expect(localizedText.safeParse({ 'zh-cn': '全镇面积' }).success).toBe(false);
    expect(withGenerated({ 'zh-cn': '东莞', en: 'Dongguan' })).toEqual({ 'zh-cn': '东莞', 'zh-hk': '東莞', en: 'Dongguan' });
  });

  it('completes every text of a data module, however deep, and leaves everything else as written', () => {
    interface Item { id: string; name: { 'zh-cn': string; 'zh-hk': string; en: string }; travel?: { text: { 'zh-cn': string; 'zh-hk': string; en: string }; minutes: number }[] }
    const written = [{ id: 'dongguan', name: { 'zh-cn': '东莞站', en: 'Dongguan station' }, travel: [{ text: { 'zh-cn': '约两小时', en: 'about two hours' }, minutes: 120 }] }];
    const items = withEditions<Item[]>(written);
    expect(items).toEqual([{ id: 'dongguan', name: { 'zh-cn': '东莞站', 'zh-hk': '東莞站', en: 'Dongguan station' }, travel: [{ text: { 'zh-cn': '约两小时', 'zh-hk': '約兩小時', en: 'about two hours' }, minutes: 120 }] }]);
    expect(written[0]!.name).not.toHaveProperty('zh-hk');
    expect(withEditions<Item['name']>({ 'zh-cn': '东莞', 'zh-hk': '莞城', en: 'Dongguan' })['zh-hk']).toBe('莞城');
  });

  it('converts an MDX page for zh-hk: text and Chinese props converted, components, ids and imports kept', () => {
    const mdx = "import Note from './note.astro';\n\n## 数说常平\n\n<FigureChart ids=\"area-total, gdp-2023\" title=\"全镇面积\" />\n\n见[政策](/zh-cn/policies/)。";
    expect(convertMdx(mdx, converterFor('zh-hk'), { from: 'zh-cn', to: 'zh-hk' }, '/project/src/content/pages/zh-cn')).toBe(
      "import Note from '/project/src/content/pages/zh-cn/note.astro';\n\n## 數説常平\n\n<FigureChart ids=\"area-total, gdp-2023\" title=\"全鎮面積\" />\n\n見[政策](/zh-hk/policies/)。",
    );
  });

  it('gives a source its converted title and publisher for zh-hk', () => {
    const source: { title: string; publisher: string; docNumber?: string; via: boolean } = { title: '东莞市人民政府', publisher: '南方日报', via: false };
    expect(generatedEditions(source, ['title', 'publisher', 'docNumber'])).toEqual({
      'zh-hk': { title: '東莞市人民政府', publisher: '南方日報' },
    });
  });
});
