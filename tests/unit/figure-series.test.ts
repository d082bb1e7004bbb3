import { describe, expect, it } from 'vitest';
import { figureSeries, isComparable, type ChartFigure as FigureData } from '../../src/model/figures/series';

const base: FigureData = {
  label: { 'zh-cn': '全镇面积', 'zh-hk': '全鎮面積', en: 'Total area' },
  value: 103,
  qualifier: 'exact',
  unit: 'km2',
  asOf: new Date('2023-02-28T00:00:00Z'),
  level: 'town',
  source: 'nanfangplus-2023-02-changping',
};
const part: FigureData = { ...base, label: { 'zh-cn': '建设区', 'zh-hk': '建設區', en: 'Construction area' }, value: 66, qualifier: 'about' };

describe('figureSeries', () => {
  it('makes one bar per figure, written in the language with unit and qualifier', () => {
    const series = figureSeries([{ id: 'a', data: base }, { id: 'b', data: part }], 'en');
    expect(series.bars).toEqual([
      { label: 'Total area', value: 103, display: '103 km²' },
      { label: 'Construction area', value: 66, display: 'about 66 km²' },
    ]);
    expect(series.source).toBe('nanfangplus-2023-02-changping');
    expect(figureSeries([{ id: 'b', data: part }], 'zh-cn').bars[0]!.display).toBe('约66平方公里');
  });

  it('refuses figures of different units, dates or sources in one chart', () => {
    const a = { id: 'a', data: base };
    expect(() => figureSeries([a, { id: 'mu', data: { ...part, unit: 'mu' } }], 'en')).toThrow(/"mu"/);
    expect(() => figureSeries([a, { id: 'old', data: { ...part, asOf: new Date('2016-12-31') } }], 'en')).toThrow(
      /same unit, date and source/,
    );
    expect(() => figureSeries([a, { id: 'other', data: { ...part, source: 'x' } }], 'en')).toThrow(RangeError);
  });

  it('needs at least one figure', () => {
    expect(() => figureSeries([], 'en')).toThrow(RangeError);
  });
});

describe('isComparable', () => {
  it('needs two or more figures of one unit, date and source', () => {
    expect(isComparable([{ data: base }, { data: part }])).toBe(true);
    expect(isComparable([{ data: base }])).toBe(false);
    expect(isComparable([{ data: base }, { data: { ...part, unit: 'mu' } }])).toBe(false);
  });
});
