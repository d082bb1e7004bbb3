import { describe, expect, it } from 'vitest';
import { impossibleDateError } from '../../src/build/strict-dates-loader';
import { impossibleDate, impossibleDatesIn } from '../../src/schemas/calendar-date';
import { figureSchema, newsSchema } from '../../src/schemas/collections';
import { partialDate } from '../../src/schemas/section-data';
import { isoDate } from '../../src/schemas/shared';

describe('calendar dates', () => {
  it('knows real days from impossible ones', () => {
    expect(impossibleDate('2024-02-29')).toBeUndefined();
    expect(impossibleDate('2024-13-45')?.en).toBe('2024-13-45 is not a real date: there is no month 13');
    expect(impossibleDate('2023-02-29')?.en).toMatch(/month 2 of 2023 has 28 days/);
    expect(impossibleDate('2023-04-31')?.zh).toMatch(/2023 年 4 月只有 30 天/);
    expect(impossibleDate('soon')).toBeUndefined();
  });

  it('the schemas refuse impossible dates instead of rolling them over', () => {
    expect(isoDate.safeParse('2024-13-45').success).toBe(false);
    expect(isoDate.safeParse('2023-02-30').success).toBe(false);
    expect(isoDate.parse('2024-02-29').toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(isoDate.parse(new Date('2024-02-29')).getTime()).toBe(Date.UTC(2024, 1, 29));
    expect(partialDate.safeParse('2023-13').success).toBe(false);
    expect(partialDate.safeParse('2023-02-30').success).toBe(false);
    expect(partialDate.parse('1987')).toBe('1987');
    expect(newsSchema.safeParse({ title: 'T', description: 'A summary long enough.', date: '2024-13-45' }).success).toBe(false);
    expect(figureSchema.shape.asOf.safeParse('2023-02-30').success).toBe(false);
  });

  it('the build refuses a file whose YAML holds an impossible date, naming file, line and field', () => {
    const text = '---\ntitle: x\ndate: 2024-13-45\n---\nBody';
    expect(impossibleDatesIn('a: 1\ndate: "2023-02-30"\n- 2023-02-31\n')).toMatchObject([
      { field: 'date', line: 2, text: '2023-02-30' },
      { field: '', line: 3, text: '2023-02-31' },
    ]);
    const error = impossibleDateError('src/content/news/en/x.md', text)!;
    expect(error).toContain('src/content/news/en/x.md:3 (date): 2024-13-45 is not a real date: there is no month 13');
    expect(error).toMatch(/不是真实的日期/);
    expect(impossibleDateError('src/content/news/en/x.md', text.replace('2024-13-45', '2024-12-31'))).toBeUndefined();
  });
});
