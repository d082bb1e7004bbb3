/**
 * The printable factsheet (/<lang>/factsheet/) in a real browser, against the build: its content and sources, its
 * links from the home and section pages, that it prints on at most two A4 pages (printed to PDF in Chromium with
 * the same settings as `npm run factsheet:pdf`), and that the PDF script itself works.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { countPdfPages, MAX_PAGES, printFactsheet } from '../../scripts/lib/factsheet-pdf';
import { CONTACT } from '../../src/config/contact';
import { FACTSHEET_FIGURES } from '../../src/config/factsheet';
import { LOCALE_KEYS } from '../../src/i18n/locales';
import { homeSections, sectionsLinking } from '../../src/site/sections';
import { expectClean, gotoOk, test, expect } from './support/guard';


for (const lang of LOCALE_KEYS) {
  test.describe(lang, () => {
    // axe scans, PDF printing and page walks are slow on a busy machine (a time limit, not a timed assertion).
    test.describe.configure({ timeout: 90_000 });
    test('factsheet: every key figure with its date and source; sectors, sites, transport, incentives, contact', async ({ page, problems }) => {
      await gotoOk(page, `${lang}/factsheet/`);
      await expect(page.locator('h1')).toHaveCount(1);
      const cards = page.locator('[data-factsheet] [data-figure]');
      await expect(cards).toHaveCount(FACTSHEET_FIGURES.length);
      for (const id of FACTSHEET_FIGURES) {
        const card = page.locator(`[data-figure="${id}"]`);
        await expect(card.locator('time[datetime]')).not.toBeEmpty();
        expect(await card.locator('.source-citation a[href]').first().getAttribute('href')).toMatch(/^https?:|\/sources\/#source-/);
      }
      for (const section of ['sectors', 'sites', 'transport', 'contact', 'incentives']) {
        await expect(page.locator(`[data-factsheet-section="${section}"] h2`)).toBeVisible();
      }
      await expect(page.locator('[data-factsheet-section="sectors"] a[href*="/industries/"]')).not.toHaveCount(0);
      await expect(page.locator('[data-factsheet-section="sites"] a[href*="/sites/"]')).not.toHaveCount(0);
      // Incentives come from the policies collection, each citing its source.
      const policies = page.locator('[data-factsheet-section="incentives"] [data-policy]');
      expect(await policies.count()).toBeGreaterThan(0);
      for (let i = 0; i < (await policies.count()); i++) await expect(policies.nth(i).locator('.source-citation a[href]')).toHaveCount(1);
      // Distances are computed and say so; the stations are cited.
      await expect(page.locator('[data-factsheet-distances] li')).toHaveCount(6);
      await expect(page.locator('[data-factsheet-section="transport"] .source-citation')).toHaveCount(1);
      // Example contact values carry the badge and are never links.
      for (const [key, value] of Object.entries(CONTACT)) {
        if (typeof value !== 'object' || !('isExample' in value)) continue;
        const row = page.locator(`[data-factsheet-section="contact"] [data-contact="${key}"]`);
        if (!(await row.count())) continue;
        await expect(row.locator('[data-example-badge]')).toHaveCount(value.isExample ? 1 : 0);
        if (value.isExample) await expect(row.locator('a')).toHaveCount(0);
      }
      // The generation date, and no PDF link in a build that does not publish the PDF.
      await expect(page.locator('[data-generated] time[datetime]')).not.toBeEmpty();
      await expect(page.locator('[data-factsheet-pdf]')).toHaveCount(0);
      expectClean(problems);
    });

    test('factsheet: prints on at most two A4 pages, without navigation, search or buttons', async ({ page, problems }) => {
      await gotoOk(page, `${lang}/factsheet/`);
      const pdf = await printFactsheet(page);
      const pages = countPdfPages(pdf);
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages, `A4 pages of /${lang}/factsheet/`).toBeLessThanOrEqual(MAX_PAGES);
      // printFactsheet left the page in print media.
      await expect(page.locator('body > header')).toBeHidden();
      await expect(page.locator('body > footer')).toBeHidden();
      await expect(page.locator('[data-factsheet] [data-figure]').first()).toBeVisible();
      expect(await page.locator('button:visible, input:visible').count(), 'buttons or search fields in print').toBe(0);
      expectClean(problems);
    });

    test('factsheet: no accessibility violations', async ({ page }) => {
      await gotoOk(page, `${lang}/factsheet/`);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });

    test('factsheet: linked from the home page and every section page', async ({ page }) => {
      // The home page and every section the home page introduces link it (from the sections table, not a list here).
      const linking = sectionsLinking('factsheet');
      expect(linking).toEqual(expect.arrayContaining(['', ...homeSections().map((section) => section.path)]));
      for (const path of linking) {
        const section = path ? `${path}/` : '';
        await gotoOk(page, `${lang}/${section}`);
        await expect(page.locator(`[data-factsheet-link] a[href$="/${lang}/factsheet/"]`), `/${lang}/${section}`).toHaveCount(1);
      }
    });
  });
}

test('npm run factsheet:pdf writes a PDF of at most two pages for every language', async ({ baseURL }) => {
  test.setTimeout(90_000);
  const out = mkdtempSync(join(tmpdir(), 'factsheet-pdf-'));
  try {
    const result = spawnSync('node', ['scripts/factsheet-pdf.ts'], { env: { ...process.env, FACTSHEET_URL: baseURL, DIST_DIR: out }, encoding: 'utf8' });
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
    for (const lang of LOCALE_KEYS) {
      const file = join(out, lang, 'factsheet.pdf');
      expect(existsSync(file), file).toBe(true);
      const pdf = readFileSync(file);
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(countPdfPages(pdf)).toBeLessThanOrEqual(MAX_PAGES);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
