/** Open data: /data/figures.json and /data/figures.csv carry every key figure with its source. */
import { parseCsv } from '../../src/model/csv';
import { test, expect } from './support/guard';
import { figureIds, sourceIds } from './support/content';

test.describe('open data', () => {
  test('figures.json lists every figure with both labels, value, date and source', async ({ request }) => {
    const response = await request.get('data/figures.json');
    expect(response.headers()['content-type']).toContain('application/json');
    const data = JSON.parse(await response.text());
    expect(data.figures.map((figure: { id: string }) => figure.id).sort()).toEqual([...figureIds].sort());
    for (const figure of data.figures) {
      expect(figure.labelZhCn, figure.id).toBeTruthy();
      expect(figure.labelEn, figure.id).toBeTruthy();
      expect(typeof figure.value, figure.id).toBe('number');
      if (figure.asOfPrecision === 'undated') expect(figure.asOf, figure.id).toBe('');
      else expect(figure.asOf, figure.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(['town', 'city', 'province', 'national'], figure.id).toContain(figure.level);
      expect(sourceIds, figure.id).toContain(figure.sourceId);
      expect(figure.sourceTitle, figure.id).toBeTruthy();
      expect(figure.sourceUrl || figure.sourceReference, figure.id).toBeTruthy();
    }
  });

  test('figures.csv is UTF-8 with a BOM, one row per figure plus a header', async ({ request }) => {
    const response = await request.get('data/figures.csv');
    expect(response.headers()['content-type']).toContain('text/csv');
    const bytes = await response.body();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.toString('utf8'));
    expect(rows).toHaveLength(figureIds.length + 1);
    const header = rows[0]!;
    for (const column of ['id', 'labelZhCn', 'labelEn', 'value', 'unit', 'qualifier', 'asOf', 'sourceId', 'sourceTitle', 'sourceUrl']) {
      expect(header).toContain(column);
    }
    for (const row of rows.slice(1)) {
      expect(row).toHaveLength(header.length);
      // An undated source leaves asOf empty and says `undated` in asOfPrecision, rather than inventing a date.
      if (row[header.indexOf('asOfPrecision')] === 'undated') expect(row[header.indexOf('asOf')]).toBe('');
      else expect(row[header.indexOf('asOf')]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(sourceIds).toContain(row[header.indexOf('sourceId')]);
    }
    expect(rows.map((row) => row[header.indexOf('labelZhCn')])).toContain('地区生产总值');
    // The generated edition has its own columns, converted: open data for Hong Kong readers too.
    expect(rows.map((row) => row[header.indexOf('labelZhHk')])).toContain('地區生產總值');
  });
});
