import { describe, expect, it } from 'vitest';
import { documentTitle, htmlLength, MAX_TITLE_LENGTH } from '../../src/i18n/titles';

describe('documentTitle', () => {
  it('adds the site name when both fit', () => {
    expect(documentTitle('Transport', 'Invest Changping')).toBe('Transport · Invest Changping');
    expect(documentTitle('交通区位', '常平投资')).toBe('交通区位 · 常平投资');
  });

  it('drops the site name when the page title alone fits', () => {
    const title = 'Dongguan’s 2023 investment results: contracted foreign capital up';
    expect(title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(documentTitle(title, 'Invest Changping')).toBe(title);
  });

  it('cuts a longer title at a word and ends it with an ellipsis', () => {
    const title = 'Shenzhen and Dongguan sign the agreement on the Shenzhen–Dongguan Industrial Cooperation Zone in Changping';
    const out = documentTitle(title, 'Invest Changping');
    expect([...out].length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(out.endsWith('…')).toBe(true);
    expect(title.startsWith(out.slice(0, -1))).toBe(true);
    expect(title[out.length - 1]).toBe(' ');
  });

  it('cuts Chinese anywhere, counting characters rather than UTF-16 units', () => {
    const title = '常'.repeat(80);
    const out = documentTitle(title, '常平投资');
    expect([...out]).toHaveLength(MAX_TITLE_LENGTH);
    expect(out.endsWith('…')).toBe(true);
  });

  it('counts characters the HTML writes as entities at their written length', () => {
    expect(htmlLength('A & B')).toBe(9);
    const title = 'First "Dongguan Changping" China–Europe Freight Train Sets Off';
    expect([...title].length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(htmlLength(title)).toBeGreaterThan(MAX_TITLE_LENGTH);
    const out = documentTitle(title, 'Invest Changping');
    expect(htmlLength(out)).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(out.endsWith('…')).toBe(true);
  });
});
