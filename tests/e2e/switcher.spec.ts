/** The language switcher leads to the same page in every other language, and back. */
import { expectClean, gotoOk, test, expect } from './support/guard';
import { localeOf, sitemapPaths } from './support/site';
import { DEFAULT_LOCALE, LOCALES, otherLocales } from '../../src/i18n/locales';

const home = LOCALES[DEFAULT_LOCALE].lang;
const defaultPages = sitemapPaths().filter((path) => localeOf(path) === DEFAULT_LOCALE);

for (const path of defaultPages) {
  test(`switcher round-trips /${path}`, async ({ page, problems }) => {
    await gotoOk(page, path);
    for (const target of otherLocales(DEFAULT_LOCALE)) {
      const lang = LOCALES[target].lang;
      const translated = path.replace(new RegExp(`^${DEFAULT_LOCALE}/`), `${target}/`);
      await page.locator(`[data-language-switcher][hreflang="${lang}"]`).click();
      await expect(page).toHaveURL(new RegExp(`/${translated}$`));
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await page.locator(`[data-language-switcher][hreflang="${home}"]`).click();
      await expect(page).toHaveURL(new RegExp(`/${path}$`));
      await expect(page.locator('html')).toHaveAttribute('lang', home);
    }
    expectClean(problems);
  });
}
