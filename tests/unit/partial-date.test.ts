import { describe, expect, it } from 'vitest';
import { formatPartialDate, parsePartialDate } from '../../src/model/partial-date';

describe('partial dates', () => {
  it('keeps the precision the date was written with', () => {
    expect(parsePartialDate('1987').precision).toBe('year');
    expect(parsePartialDate('1985-07').precision).toBe('month');
    expect(parsePartialDate('2023-02-22')).toMatchObject({ precision: 'day', iso: '2023-02-22' });
  });

  it('formats per language, no more precisely than known', () => {
    expect(formatPartialDate('1985-07', 'en')).toBe('July 1985');
    expect(formatPartialDate('1985-07', 'zh-cn')).toBe('1985年7月');
    expect(formatPartialDate('1987', 'en')).toBe('1987');
    expect(formatPartialDate('2023-02-22', 'zh-cn')).toBe('2023年2月22日');
  });

  it('refuses malformed and impossible dates', () => {
    expect(() => parsePartialDate('23-02-22')).toThrow(RangeError);
    expect(() => parsePartialDate('2023-02-30')).toThrow(/real date/);
    expect(() => parsePartialDate('2023-13')).toThrow(/real date/);
  });
});
