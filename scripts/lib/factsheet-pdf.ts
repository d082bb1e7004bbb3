/**
 * How the factsheet becomes a PDF, shared by `npm run factsheet:pdf` (scripts/factsheet-pdf.ts, run by the deploy
 * workflow) and the e2e test that counts its pages (tests/e2e/factsheet.spec.ts), so both print with exactly the
 * same settings: Chromium, A4, the page's own print stylesheet, and a footer with the generation date, the
 * page's address and the page number.
 */
import type { Page } from '@playwright/test';

/** The most A4 pages the factsheet may take. */
export const MAX_PAGES = 2;

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The footer on every printed page: "Changping at a glance · Generated on 2026-12-01 · <url> · 1/2". */
export function footerTemplate(title: string, generatedLabel: string, date: string, url: string): string {
  const text = [title, `${generatedLabel} ${date}`, url].map(escape).join(' · ');
  return `<div style="font-size:8px;width:100%;padding:0 12mm;display:flex;justify-content:space-between;color:#475569;font-family:sans-serif"><span data-pdf-footer>${text}</span><span><span class="pageNumber"></span>/<span class="totalPages"></span></span></div>`;
}

/** Today's date in China (UTC+8), YYYY-MM-DD: the generation date printed on the PDF. */
export function generationDate(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Prints the factsheet already loaded in `page` to an A4 PDF, with the footer, and returns the file. */
export async function printFactsheet(page: Page, date = generationDate()): Promise<Buffer> {
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => document.fonts.ready);
  const { title, label, url } = await page.evaluate(() => ({
    title: document.querySelector('h1')?.textContent?.trim() ?? document.title,
    label: document.querySelector('[data-factsheet]')?.getAttribute('data-generated-label') ?? 'Generated on',
    // The page's public address, not the local server it was printed from.
    url: document.querySelector<HTMLLinkElement>('link[rel=canonical]')?.href ?? location.href,
  }));
  return page.pdf({
    format: 'A4',
    printBackground: true,
    preferCSSPageSize: false,
    margin: { top: '12mm', right: '12mm', bottom: '16mm', left: '12mm' },
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate: footerTemplate(title, label, date, url),
  });
}

/** Pages in a PDF, from its page objects (`/Type /Page`, not `/Pages`). */
export function countPdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}
