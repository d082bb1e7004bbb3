import { describe, expect, it } from 'vitest';
import { inLocale } from '../../src/model/entries';
import { byNewest } from '../../src/model/news/news';
import { buildDay, isLive, isScheduled } from '../../src/model/publishing';

const news = (id: string, date: string, draft = false) => ({ id, data: { date: new Date(`${date}T00:00:00Z`), draft } });

describe('scheduled news', () => {
  it('an item dated after the build day is scheduled, not live; on its day it is live', () => {
    const item = news('en/a', '2026-09-01');
    expect(isScheduled(item, '2026-08-31')).toBe(true);
    expect(isLive(item, '2026-08-31')).toBe(false);
    expect(isLive(item, '2026-09-01')).toBe(true);
    expect(isLive(news('en/b', '2020-01-01', true), '2026-01-01')).toBe(false);
    expect(isLive({ data: {} })).toBe(true);
  });

  it('is left out of the lists the build makes, so it never tops the news list early', () => {
    const entries = [news('en/old', '2024-01-01'), news('en/future', '2099-01-01'), news('zh-cn/old', '2024-01-01')];
    expect(inLocale(entries, 'en').sort(byNewest).map((entry) => entry.id)).toEqual(['en/old']);
  });

  it('the build day can be set for a preview of a coming day', () => {
    const before = process.env.CONTENT_TODAY;
    process.env.CONTENT_TODAY = '2099-01-01';
    try {
      expect(buildDay()).toBe('2099-01-01');
      expect(inLocale([news('en/future', '2099-01-01')], 'en')).toHaveLength(1);
    } finally {
      if (before === undefined) delete process.env.CONTENT_TODAY;
      else process.env.CONTENT_TODAY = before;
    }
    expect(buildDay(new Date('2026-12-01T23:00:00Z'))).toBe('2026-12-01');
  });
});
