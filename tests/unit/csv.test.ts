import { describe, expect, it } from 'vitest';
import { csvField, parseCsv, toCsv } from '../../src/model/csv';
import { FIGURE_COLUMNS, figureRecords, figureRows } from '../../src/model/figures/records';

describe('CSV (RFC 4180)', () => {
  it('quotes only fields that need it and doubles quotes inside them', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField(688)).toBe('688');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(undefined)).toBe('');
    expect(csvField(false)).toBe('false');
  });

  it('writes a BOM, CRLF line ends, and reads back what it wrote', () => {
    const rows = [['id', 'label'], ['gdp', '地区生产总值, "GDP"'], ['note', 'line one\r\nline two'], ['empty', '']];
    const text = toCsv(rows);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')[0]).toBe('\uFEFFid,label');
    expect(parseCsv(text)).toEqual(rows);
    expect(toCsv([['a']], { bom: false })).toBe('a\r\n');
  });
});

describe('figure records', () => {
  const figures = [
    {
      id: 'output',
      data: {
        label: { 'zh-cn': '规模以上工业总产值', 'zh-hk': '規模以上工業總產值', en: 'Industrial output' },
        value: 688, qualifier: 'more-than' as const, unit: 'yuan-100m' as const,
        asOf: new Date('2022-12-31T00:00:00Z') as Date | 'undated', asOfPrecision: 'year' as const, level: 'town' as const, source: 'paper',
      },
    },
  ];
  const sources = [{ id: 'paper', data: { title: '报道', titleEn: 'Report', publisher: 'Southern+', reference: 'app, 2023', via: false } }];

  it('carries labels in both languages, value, unit, qualifier, date and source', () => {
    const [record] = figureRecords(figures, sources);
    expect(record).toMatchObject({
      id: 'output', labelZhCn: '规模以上工业总产值', labelEn: 'Industrial output', value: 688, unit: 'yuan-100m',
      qualifier: 'more-than', displayZhCn: '超688亿元', displayEn: 'over 68.8 billion yuan', asOf: '2022-12-31',
      sourceId: 'paper', sourceTitle: '报道', sourceUrl: '', sourceReference: 'app, 2023', sourceVia: false, level: 'town',
    });
  });

  it('says so when the source gives no date, instead of inventing one', () => {
    const undated = [{ id: 'u', data: { ...figures[0]!.data, asOf: 'undated' as const } }];
    expect(figureRecords(undated, sources)[0]).toMatchObject({ asOf: '', asOfPrecision: 'undated' });
  });

  it('makes a header row and one row per figure', () => {
    const rows = figureRows(figureRecords(figures, sources));
    expect(rows[0]).toEqual([...FIGURE_COLUMNS]);
    expect(rows).toHaveLength(2);
    expect(parseCsv(toCsv(rows))[1]?.[FIGURE_COLUMNS.indexOf('value')]).toBe('688');
  });

  it('refuses a figure whose source does not exist', () => {
    expect(() => figureRecords(figures, [])).toThrow(/output.*paper/);
  });
});
