/** axe (WCAG 2.2 AA rules) on every page in the sitemap, at desktop and phone width. */
import AxeBuilder from '@axe-core/playwright';
import { MAIN_NAV } from '../../src/site/navigation';
import { gotoOk, test, expect } from './support/guard';
import { sitemapPaths } from './support/site';
import { LOCALE_KEYS } from '../../src/i18n/locales';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const path of sitemapPaths()) {
  test(`axe /${path}`, async ({ page }) => {
    // The sources page lists every source with the pages citing it: axe takes long over it on a busy machine.
    if (path.endsWith('sources/')) test.slow();
    await gotoOk(page, path);
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(summary).toEqual([]);
  });
}

test('axe on the home pages at phone width; every section reachable from the navigation', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of LOCALE_KEYS.map((key) => `${key}/`)) {
    await gotoOk(page, path);
    // The menu button opens every section (tests/e2e/navigation.spec.ts tests it in full).
    await page.locator('[data-nav-toggle]').click();
    const links = page.locator('header nav a');
    await expect(links).toHaveCount(MAIN_NAV.length);
    await links.last().scrollIntoViewIfNeeded();
    await expect(links.last()).toBeInViewport();
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  }
});
