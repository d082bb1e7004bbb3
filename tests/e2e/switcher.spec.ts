/** The language switcher leads to the same page in every other edition: all three, in both directions, and back. */
import { expectClean, gotoOk, test, expect } from './support/guard';
import { localeOf, sitemapPaths } from './support/site';
import { DEFAULT_LOCALE, LOCALE_KEYS, LOCALES, otherLocales } from '../../src/i18n/locales';

const home = LOCALES[DEFAULT_LOCALE].lang;
const defaultPages = sitemapPaths().filter((path) => localeOf(path) === DEFAULT_LOCALE);

/** Every edition once, back to the first, e.g. zh-cn → zh-hk → en → zh-cn; and the same the other way round. */
const tours = [
  [...LOCALE_KEYS, DEFAULT_LOCALE],
  [DEFAULT_LOCALE, ...[...LOCALE_KEYS].reverse()],
];

for (const path of defaultPages) {
  test(`switcher round-trips /${path}`, async ({ page, problems }) => {
    await gotoOk(page, path);
    const neutral = path.slice(DEFAULT_LOCALE.length);
    // Each of the page's switch links leads to the same page in that edition: every ordered pair of editions.
    for (const tour of tours) {
      for (const target of tour.slice(1)) {
        const lang = LOCALES[target].lang;
        await expect(page.locator('[data-language-switcher]')).toHaveCount(otherLocales(target).length);
        await page.locator(`[data-language-switcher][hreflang="${lang}"]`).click();
        await expect(page).toHaveURL(new RegExp(`/${target}${neutral}$`));
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
      }
    }
    await expect(page).toHaveURL(new RegExp(`/${path}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', home);
    expectClean(problems);
  });
}
