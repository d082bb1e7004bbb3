/** Every page in the sitemap: answers 200, right <html lang>, one h1, hreflang pairs, canonical, clean console. */
import { expectClean, gotoOk, test, expect } from './support/guard';
import { localeOf, sitemapPaths } from './support/site';

const LANG = { 'zh-cn': 'zh-CN', en: 'en' } as const;
// `/` (the language chooser) redirects with JavaScript: root.spec.ts checks it without.
const pages = sitemapPaths().filter((path) => path !== '');

test('the sitemap lists pages in both languages, in pairs', () => {
  const zh = pages.filter((path) => localeOf(path) === 'zh-cn').map((path) => path.slice('zh-cn'.length));
  const en = pages.filter((path) => localeOf(path) === 'en').map((path) => path.slice('en'.length));
  expect(zh.length).toBeGreaterThan(5);
  expect(en.sort()).toEqual(zh.sort());
});

for (const path of pages) {
  test(`page /${path}`, async ({ page, problems, baseURL }) => {
    await gotoOk(page, path);
    const locale = localeOf(path);
    if (locale) await expect(page.locator('html')).toHaveAttribute('lang', LANG[locale]);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h1')).not.toBeEmpty();
    await expect(page.locator('head > title')).not.toBeEmpty();
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{10,}/);

    const hreflang = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) =>
      Object.fromEntries(links.map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')])),
    );
    expect(Object.keys(hreflang).sort()).toEqual(['en', 'x-default', 'zh-CN']);
    const neutral = locale ? path.slice(locale.length) : '/';
    const pathOf = (href: string | undefined) => new URL(href!).pathname;
    const base = new URL(baseURL!).pathname;
    expect(pathOf(hreflang['zh-CN'])).toBe(`${base}zh-cn${neutral}`.replace('//', '/'));
    expect(pathOf(hreflang.en)).toBe(`${base}en${neutral}`.replace('//', '/'));
    expect(pathOf(hreflang['x-default'])).toBe(base);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(pathOf(canonical!)).toBe(`${base}${path}`);
    expectClean(problems);
  });
}
