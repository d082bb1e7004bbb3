import { describe, expect, it } from 'vitest';
import { CHINESE_LOCALES, lintChinese } from '../../scripts/lib/content-check/typography';
import { LOCALES } from '../../src/i18n/locales';

const marks = (text: string) => lintChinese(text).map((issue) => `${issue.found}→${issue.expected}`);

describe('lintChinese (zhlint, punctuation rules only)', () => {
  it('asks for full-width commas, colons, semicolons, brackets and quotes in Chinese prose', () => {
    expect(marks('常平距东莞市区约33公里,规上工业总产值超688亿元(2022年)。')).toEqual([',→，', '(→（', ')→）']);
    expect(marks('东府办〔2024〕21号:奖励')).toEqual([':→：']);
    expect(marks('名为"东莞常平号"的班列;首发')).toEqual(['"→“', '"→”', ';→；']);
  });

  it('raises no false alarm on URLs, numbers, code, links or English names', () => {
    expect(marks('见 https://www.dg.gov.cn/cp/yw/content/post_4150625.html 。')).toEqual([]);
    expect(marks('月最低工资1,900元，时薪19.8元，增长4.6%。')).toEqual([]);
    expect(marks('字段 `asOf: undated` 表示未注明日期。')).toEqual([]);
    expect(marks('见[链接](https://a.b/c?d=1,2)。')).toEqual([]);
    expect(marks('抵达德国杜伊斯堡（Duisburg, Hamburg）。')).toEqual([]);
    expect(marks('来源：South China Morning Post (SCMP)。')).toEqual([]);
    expect(marks('English only, with: punctuation (fine).')).toEqual([]);
  });

  it('leaves correct Chinese alone', () => {
    expect(marks('常平东站2016年3月30日启用；莞惠城际2017年12月28日全线通车（约53分钟）。')).toEqual([]);
  });
});

describe('Chinese editions', () => {
  it('are every edition written in Chinese, read from the list of editions', () => {
    expect(CHINESE_LOCALES.length).toBeGreaterThan(0);
    for (const locale of CHINESE_LOCALES) expect(LOCALES[locale].lang).toMatch(/^zh/);
  });
});
