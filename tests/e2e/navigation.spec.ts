/**
 * The main navigation: every section has a visible way in at phone width (a menu button in the header that opens
 * a panel with every section, no sideways scrolling) and at desktop width (a bar, nothing to open), in every
 * edition, without JavaScript.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { LOCALE_KEYS } from '../../src/i18n/locales';
import { MAIN_NAV } from '../../src/site/navigation';
import { gotoOk, test, expect } from './support/guard';
import { uiStrings } from './support/ui';

/** Sections to open the menu from, taken in turn by the editions, so the current-page mark is seen on more than one. */
const FROM = ['policies', 'transport'].map((path) => MAIN_NAV.find((item) => item.path === path)!);
const LANGS = LOCALE_KEYS.map((lang, i) => {
  const section = FROM[i % FROM.length]!;
  return { lang, page: `${lang}/${section.path}/`, current: section.label };
});

/** Every link of the main navigation is visible and lies wholly inside the window. */
async function expectAllVisible(page: Page, labels: string[]) {
  const nav = page.locator('header nav');
  const width = page.viewportSize()!.width;
  for (const label of labels) {
    const link = nav.getByRole('link', { name: label, exact: true });
    await expect(link, label).toBeVisible();
    const box = (await link.boundingBox())!;
    expect(box.x, `${label} starts inside the window`).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, `${label} ends inside the window`).toBeLessThanOrEqual(width);
    expect(box.height, `${label} is a full-size tap target`).toBeGreaterThanOrEqual(44);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth), 'no sideways scrolling').toBeLessThanOrEqual(width);
}

for (const { lang, page: path, current } of LANGS) {
  /** The edition's labels, read from its dictionary. */
  const strings = async () => {
    const t = await uiStrings(lang);
    return { t, labels: MAIN_NAV.map((item) => t(item.label)) };
  };

  test(`${lang}: on a phone the menu button shows every section, the current one marked`, async ({ browser, baseURL }) => {
    const { t, labels } = await strings();
    // Without JavaScript: the menu is a <details>, not a script.
    const context = await browser.newContext({ baseURL: baseURL!, javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await gotoOk(page, path);
    const toggle = page.locator('[data-nav-toggle]');
    await expect(toggle).toContainText(t('nav.menu'));
    await expect(toggle).toBeVisible();
    // The button sits in the header's top row, beside the site name, not below the fold.
    expect((await toggle.boundingBox())!.y).toBeLessThan(60);
    await expect(page.locator('header nav').getByRole('link', { name: t('nav.contact'), exact: true })).toBeHidden();

    await toggle.click();
    await expectAllVisible(page, labels);
    await expect(page.locator('header nav [aria-current="page"]')).toHaveText(t(current));

    await page.locator('header nav').getByRole('link', { name: t('nav.contact'), exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${lang}/contact/$`));
    await context.close();
  });

  test(`${lang}: the keyboard opens the menu, and axe finds nothing with it open`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await gotoOk(page, path);
    const toggle = page.locator('[data-nav-toggle]');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-nav-menu]')).toHaveAttribute('open', '');
    await page.keyboard.press('Tab');
    await expect(page.locator('header nav a').first()).toBeFocused();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  test(`${lang}: on a desktop every section is in the bar, with no menu to open`, async ({ page }) => {
    const { labels } = await strings();
    await page.setViewportSize({ width: 1366, height: 900 });
    await gotoOk(page, path);
    await expect(page.locator('[data-nav-toggle]')).toBeHidden();
    await expectAllVisible(page, labels);
    // One row: every link on the same line.
    const tops = await page.locator('header nav a').evaluateAll((links) => links.map((a) => Math.round(a.getBoundingClientRect().top)));
    expect(new Set(tops).size, `rows of the bar: ${tops.join(', ')}`).toBe(1);
  });
}
