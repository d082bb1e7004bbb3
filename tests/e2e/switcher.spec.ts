/** The language switcher leads to the same page in the other language, and back. */
import { expectClean, gotoOk, test, expect } from './support/guard';
import { localeOf, sitemapPaths } from './support/site';

const zhPages = sitemapPaths().filter((path) => localeOf(path) === 'zh-cn');

for (const path of zhPages) {
  test(`switcher round-trips /${path}`, async ({ page, problems }) => {
    await gotoOk(page, path);
    const english = path.replace(/^zh-cn\//, 'en/');
    await page.locator('[data-language-switcher]').click();
    await expect(page).toHaveURL(new RegExp(`/${english}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.locator('[data-language-switcher]').click();
    await expect(page).toHaveURL(new RegExp(`/${path}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    expectClean(problems);
  });
}
