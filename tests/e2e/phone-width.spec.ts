/** The record pages at phone width: no horizontal overflow, and axe passes there. */
import AxeBuilder from '@axe-core/playwright';
import { gotoOk, test, expect } from './support/guard';
import { entries } from './support/content';
import { LOCALE_KEYS } from '../../src/i18n/locales';

test.describe('at phone width', () => {
  test.use({ viewport: { width: 360, height: 780 } });
  const policy = entries('policies', 'en')[0]!.slug;
  const news = entries('news', 'en')[0]!.slug;
  const paths = ['policies/', `policies/${policy}/`, 'news/', `news/${news}/`, 'news/tags/transport/', 'contact/', 'sources/'];
  for (const locale of LOCALE_KEYS) {
    for (const path of paths) {
      test(`/${locale}/${path} fits 360 px and passes axe there`, async ({ page }) => {
        test.setTimeout(120_000);
        await gotoOk(page, `${locale}/${path}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, 'horizontal overflow').toBeLessThanOrEqual(0);
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    }
  }

  // An excerpt can quote a long address (the original report's URL in a news item): it wraps, it does not widen the page.
  test('search results with a long address in an excerpt fit 360 px', async ({ page }) => {
    await gotoOk(page, 'en/search/?q=railway');
    await expect(page.locator('site-search')).toHaveAttribute('data-state', 'done');
    await expect(page.locator('[data-search-results]')).toContainText('http://');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'horizontal overflow').toBeLessThanOrEqual(0);
  });
});
