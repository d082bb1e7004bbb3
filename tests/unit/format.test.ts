import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/i18n/format';
import { formatQuantity } from '../../src/i18n/quantity';

describe('formatQuantity', () => {
  it('shows 亿元 in Chinese and billions in English', () => {
    expect(formatQuantity(688, 'yuan-100m', 'more-than', 'zh-cn')).toBe('超688亿元');
    expect(formatQuantity(688, 'yuan-100m', 'more-than', 'en')).toBe('over 68.8 billion yuan');
  });

  it('converts 万 units for English readers', () => {
    expect(formatQuantity(44.49, 'people-10k', 'exact', 'zh-cn')).toBe('44.49万人');
    expect(formatQuantity(44.49, 'people-10k', 'exact', 'en')).toBe('444,900 people');
    expect(formatQuantity(250, 'tonnes-10k', 'exact', 'en')).toBe('2.5 million tonnes');
  });

  it('writes ranks and approximations', () => {
    expect(formatQuantity(26, 'rank', 'exact', 'zh-cn')).toBe('第26');
    expect(formatQuantity(26, 'rank', 'exact', 'en')).toBe('26th');
    expect(formatQuantity(776.5, 'mu', 'about', 'en')).toBe('about 776.5 mu');
    expect(formatQuantity(7800, 'companies', 'about', 'zh-cn')).toBe('约7,800家');
  });
});

describe('formatDate', () => {
  const day = new Date('2023-02-22T00:00:00Z');
  it('formats per language and precision', () => {
    expect(formatDate(day, 'zh-cn')).toBe('2023年2月22日');
    expect(formatDate(day, 'en')).toBe('22 February 2023');
    expect(formatDate(day, 'en', 'month')).toBe('February 2023');
    expect(formatDate(day, 'zh-cn', 'year')).toBe('2023年');
  });
});
