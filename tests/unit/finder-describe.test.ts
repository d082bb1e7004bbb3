/** The finder's wording: amounts in each language's own form and currency, rates, caps and near-miss reasons. */
import { describe, expect, it } from 'vitest';
import { FINDER_KEYS, capTexts, estimateText, formatMoney, missText, rateText, thresholdTexts, type FinderWords } from '../../src/model/policies/finder/describe';
import { policyRule } from '../../src/schemas/policy-rules';
import { en } from '../../src/i18n/ui/en';
import { zhCn } from '../../src/i18n/ui/zh-cn';

const words = (dictionary: Record<string, string>) => Object.fromEntries(FINDER_KEYS.map((key) => [key, dictionary[key]!])) as FinderWords;
const EN = words(en as Record<string, string>);
const ZH = words(zhCn as Record<string, string>);
const plan = policyRule.parse({
  id: 'high-tech-manufacturing', label: 'x', investors: ['foreign'], categories: ['high-tech-manufacturing'], kinds: ['new'],
  excludedIndustries: ['finance', 'real-estate'], minForeignCapitalUsd: 50_000_000, benefit: 'reward', ratePercent: 3,
  rateUpTo: true, rateBase: 'foreign-capital', yearlyCapCny: 50_000_000, periodCapCny: 150_000_000,
});

describe('finder wording', () => {
  it('has every template in both dictionaries', () => {
    for (const key of FINDER_KEYS) {
      expect(en[key as keyof typeof en], key).toBeTruthy();
      expect(zhCn[key as keyof typeof zhCn], key).toBeTruthy();
    }
  });

  it('writes amounts as each language does, in their own currency', () => {
    expect(formatMoney(50_000_000, 'CNY', 'zh-cn')).toBe('5000万元');
    expect(formatMoney(150_000_000, 'CNY', 'zh-cn')).toBe('1.5亿元');
    expect(formatMoney(1_800_000, 'USD', 'zh-cn')).toBe('180万美元');
    expect(formatMoney(50_000_000, 'USD', 'en')).toBe('US$50 million');
    expect(formatMoney(150_000_000, 'CNY', 'en')).toBe('150 million yuan');
    expect(formatMoney(30_000, 'CNY', 'en')).toBe('30,000 yuan');
  });

  it('words the 2024 Guangdong rule: rate, caps, threshold and the near-miss reason', () => {
    expect(rateText(plan, EN, 'en')).toBe('up to 3% of the year’s actual foreign capital');
    expect(rateText(plan, ZH, 'zh-cn')).toBe('当年实际外资的最高3%');
    expect(capTexts(plan, ZH, 'zh-cn')).toEqual(['当年最高5000万元', '执行期内累计最高1.5亿元']);
    expect(thresholdTexts(plan, EN, 'en')).toEqual(['US$50 million or more of actual foreign capital in a year', 'excluding finance, real estate']);
    expect(missText({ key: 'foreignCapitalUsd', hard: false, min: 50_000_000, included: true }, EN, 'en')).toBe('Needs US$50 million or more of actual foreign capital in a year');
    expect(missText({ key: 'foreignCapitalUsd', hard: false, min: 10_000_000, included: false }, ZH, 'zh-cn')).toBe('需要当年实际外资超过1000万美元');
    expect(estimateText({ kind: 'reward', amount: 1_800_000, currency: 'USD', base: 60_000_000, effectivePercent: 3, upTo: true }, EN, 'en')).toMatch(/^At most US\$1\.8 million \(3% of US\$60 million\)/);
  });
});
