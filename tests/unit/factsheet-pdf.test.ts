import { describe, expect, it } from 'vitest';
import { countPdfPages, footerTemplate, generationDate } from '../../scripts/lib/factsheet-pdf';

describe('the factsheet PDF settings', () => {
  it('prints the title, the generation date and the address in the footer, escaped, with the page number', () => {
    const footer = footerTemplate('Changping at a glance', 'Generated on', '2026-12-01', 'https://example.org/en/factsheet/?a=1&b=<2>');
    expect(footer).toContain('Changping at a glance · Generated on 2026-12-01 · https://example.org/en/factsheet/?a=1&#38;b=&#60;2&#62;');
    expect(footer).toContain('class="pageNumber"');
    expect(footer).toContain('class="totalPages"');
  });

  it('dates the PDF by the day in China', () => {
    expect(generationDate(new Date('2026-11-30T16:30:00Z'))).toBe('2026-12-01');
    expect(generationDate(new Date('2026-11-30T15:30:00Z'))).toBe('2026-11-30');
  });

  it('counts page objects, not the page tree', () => {
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj <</Type /Pages /Kids [2 0 R 3 0 R] /Count 2>>\n2 0 obj <</Type /Page>>\n3 0 obj <</Type/Page /Parent 1 0 R>>\n', 'latin1');
    expect(countPdfPages(pdf)).toBe(2);
  });
});
