/** The sources page: every source listed, cited somewhere, with its via marker; the key-figure table. */
import { expectClean, gotoOk, test, expect } from './support/guard';
import { BASE } from './support/site';
import { figureIds, sourceIds, viaSources } from './support/content';
import { LOCALE_KEYS } from '../../src/i18n/locales';

test.describe('sources page', () => {
  for (const locale of LOCALE_KEYS) {
    test(`/${locale}/sources/ lists every source with the pages citing it`, async ({ page, problems }) => {
      await gotoOk(page, `${locale}/sources/`);
      await expect(page.locator('[data-source-entry]')).toHaveCount(sourceIds.length);
      for (const id of sourceIds) {
        const entry = page.locator(`[data-source-entry="${id}"]`);
        await expect(entry.locator('[data-citing-page]').first(), `a page citing ${id}`).toBeVisible();
        for (const href of await entry.locator('[data-citing-page]').evaluateAll((links) => links.map((link) => link.getAttribute('href')!))) {
          expect(href.startsWith(`${BASE}${locale}/`), `${id} cited on ${href}`).toBe(true);
        }
        await expect(entry.locator('[data-via]')).toHaveCount(viaSources.includes(id) ? 1 : 0);
      }
      await expect(page.locator('[data-open-data] a[href$="data/figures.json"]')).toBeVisible();
      await expect(page.locator('[data-open-data] a[href$="data/figures.csv"]')).toBeVisible();
      await expect(page.locator('[data-figure-row]')).toHaveCount(figureIds.length);
      expectClean(problems);
    });
  }
});
