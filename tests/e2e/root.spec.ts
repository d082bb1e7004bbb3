/** `/` sends visitors to their language, remembers a choice, and works without JavaScript. */
import { expectClean, test, expect } from './support/guard';
import { LOCALE_KEYS, LOCALES } from '../../src/i18n/locales';

test.describe('with a Chinese browser', () => {
  test.use({ locale: 'zh-CN' });
  test('goes to /zh-cn/', async ({ page, problems }) => {
    await page.goto('');
    await expect(page).toHaveURL(/\/zh-cn\/$/);
    expectClean(problems);
  });
});

// Hong Kong, Taiwan and Macau browsers read Traditional characters: the zh-hk edition; Singapore's, Simplified.
for (const [browser, edition] of [['zh-HK', 'zh-hk'], ['zh-TW', 'zh-hk'], ['zh-MO', 'zh-hk'], ['zh-SG', 'zh-cn']] as const) {
  test.describe(`with a ${browser} browser`, () => {
    test.use({ locale: browser });
    test(`goes to /${edition}/`, async ({ page, problems }) => {
      await page.goto('');
      await expect(page).toHaveURL(new RegExp(`/${edition}/$`));
      await expect(page.locator('html')).toHaveAttribute('lang', LOCALES[edition].lang);
      expectClean(problems);
    });
  });
}

test.describe('with a Hong Kong browser that chose Simplified before', () => {
  test.use({ locale: 'zh-HK' });
  test('the choice wins over the browser', async ({ page }) => {
    await page.goto('zh-cn/');
    await page.goto('');
    await expect(page).toHaveURL(/\/zh-cn\/$/);
  });
});

test.describe('with an English browser', () => {
  test.use({ locale: 'en-GB' });
  test('goes to /en/', async ({ page }) => {
    await page.goto('');
    await expect(page).toHaveURL(/\/en\/$/);
  });

  test('a language chosen before wins over the browser', async ({ page }) => {
    await page.goto('zh-cn/');
    await page.goto('');
    await expect(page).toHaveURL(/\/zh-cn\/$/);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, locale: 'en-GB' });
  test('shows every edition as a link', async ({ page }) => {
    const response = await page.goto('');
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toContainText('常平投资');
    for (const key of LOCALE_KEYS) {
      const link = page.locator(`a[data-choose-locale="${key}"]`);
      await expect(link).toHaveAttribute('href', new RegExp(`/${key}/$`));
      await expect(link).toHaveAttribute('hreflang', LOCALES[key].lang);
      await expect(link).toContainText(LOCALES[key].label);
    }
    await expect(page.locator('meta[http-equiv="refresh"]')).toHaveCount(0);
    const hreflang = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) =>
      links.map((link) => `${link.getAttribute('hreflang')} ${new URL(link.getAttribute('href')!).pathname}`),
    );
    const root = new URL(page.url()).pathname;
    expect(hreflang.sort()).toEqual([...LOCALE_KEYS.map((key) => `${LOCALES[key].lang} ${root}${key}/`), `x-default ${root}`].sort());
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(new URL(canonical!).pathname).toBe(root);
  });
});

test('the 404 page answers in every edition', async ({ page }) => {
  const response = await page.goto('no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.getByText('Page not found')).toBeVisible();
  await expect(page.getByText('页面不存在').first()).toBeVisible();
  await expect(page.getByText('頁面不存在').first()).toBeVisible();
});
