/** Every page in the sitemap: answers 200, right <html lang>, one h1, hreflang pairs, canonical, clean console. */
import { expectClean, gotoOk, test, expect } from './support/guard';
import { localeOf, sitemapPaths } from './support/site';
import { DEFAULT_LOCALE, LOCALE_KEYS, LOCALES, otherLocales } from '../../src/i18n/locales';

// `/` (the language chooser) redirects with JavaScript: root.spec.ts checks it without.
const pages = sitemapPaths().filter((path) => path !== '');

test('the sitemap lists pages in every language, in pairs', () => {
  const inLocale = (key: string) => pages.filter((path) => localeOf(path) === key).map((path) => path.slice(key.length));
  const reference = inLocale(DEFAULT_LOCALE);
  expect(reference.length).toBeGreaterThan(5);
  for (const other of otherLocales(DEFAULT_LOCALE)) expect(inLocale(other).sort()).toEqual(reference.sort());
});

for (const path of pages) {
  test(`page /${path}`, async ({ page, problems, baseURL }) => {
    await gotoOk(page, path);
    const locale = localeOf(path);
    if (locale) await expect(page.locator('html')).toHaveAttribute('lang', LOCALES[locale].lang);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h1')).not.toBeEmpty();
    await expect(page.locator('head > title')).not.toBeEmpty();
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{10,}/);

    const hreflang = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) =>
      Object.fromEntries(links.map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')])),
    );
    expect(Object.keys(hreflang).sort()).toEqual([...LOCALE_KEYS.map((key) => LOCALES[key].lang), 'x-default'].sort());
    const neutral = locale ? path.slice(locale.length) : '/';
    const pathOf = (href: string | undefined) => new URL(href!).pathname;
    const base = new URL(baseURL!).pathname;
    for (const key of LOCALE_KEYS) expect(pathOf(hreflang[LOCALES[key].lang]!)).toBe(`${base}${key}${neutral}`.replace('//', '/'));
    expect(pathOf(hreflang['x-default'])).toBe(base);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(pathOf(canonical!)).toBe(`${base}${path}`);
    expectClean(problems);
  });
}
