/**
 * Search, in the browser, against the built site and its Pagefind index: Chinese (Simplified and the generated
 * Traditional edition's) and English queries find the
 * right pages first, each language searches only itself, the query lives in the URL, filters narrow by section,
 * the keyboard works, nothing loads before the visitor starts searching, and the page says what to do without JS.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expectClean, gotoOk, test, expect } from './support/guard';
import { BASE } from './support/site';
import type { Locale } from '../../src/i18n/locales';

type Lang = Locale;

/** The path below the base of a link's target: `zh-cn/cooperation-zone/`. */
const below = (href: string) => new URL(href, 'http://x').pathname.slice(BASE.length);

/** Opens the search page for `q` and returns the result paths, best first. */
async function search(page: Page, lang: Lang, q: string): Promise<string[]> {
  await gotoOk(page, `${lang}/search/?q=${encodeURIComponent(q)}`);
  return results(page);
}

async function results(page: Page): Promise<string[]> {
  await expect(page.locator('site-search')).toHaveAttribute('data-state', 'done');
  return page.locator('[data-search-results] h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!)).then((hrefs) => hrefs.map(below));
}

const RELEVANCE: { lang: Lang; q: string; first: string[] }[] = [
  // The news item with 招商 in its title (常平镇领导两度带队赴深圳考察招商): titles weigh most (SearchTerms.astro);
  // the industries page, whose section 重点招商方向 lists the sectors the town recruits, answers as well.
  { lang: 'zh-cn', q: '招商', first: ['zh-cn/news/2023-02-06-delegation-to-shenzhen/', 'zh-cn/cooperation-zone/', 'zh-cn/industries/'] },
  { lang: 'zh-cn', q: '产业合作区', first: ['zh-cn/cooperation-zone/'] },
  {
    lang: 'zh-cn',
    q: '深圳科技工业园',
    first: ['zh-cn/cooperation-zone/', 'zh-cn/news/2023-02-22-shenzhen-dongguan-cooperation-zone-agreement/'],
  },
  // The generated Traditional edition has an index of its own, searched in Traditional characters.
  { lang: 'zh-hk', q: '補貼', first: ['zh-hk/policies/dongguan-talent-housing-2023/'] },
  {
    lang: 'zh-hk',
    q: '中歐班列',
    first: ['zh-hk/news/2020-11-changping-china-europe-train/', 'zh-hk/transport/', 'zh-hk/industries/logistics/'],
  },
  { lang: 'zh-hk', q: '產業合作區', first: ['zh-hk/cooperation-zone/'] },
  { lang: 'en', q: 'cooperation zone', first: ['en/cooperation-zone/'] },
  {
    lang: 'en',
    q: 'freight train',
    first: ['en/news/2020-11-changping-china-europe-train/', 'en/transport/', 'en/industries/logistics/'],
  },
  // A page comes first for its own name, in either language…
  // (In Chinese the transport page may come first: the query is split into 香港 and 城, and 城 of 城际, intercity,
  // fills that page. The site page must then be second: see the test below.)
  { lang: 'zh-cn', q: '香港城', first: ['zh-cn/sites/hong-kong-city-tod/', 'zh-cn/transport/'] },
  { lang: 'en', q: 'Hong Kong City', first: ['en/sites/hong-kong-city-tod/'] },
  // …and for the `keywords` staff give it: the other language's name, short forms, other names.
  { lang: 'en', q: '香港城', first: ['en/sites/hong-kong-city-tod/'] },
  { lang: 'zh-cn', q: 'HK', first: ['zh-cn/sites/hong-kong-city-tod/'] },
  { lang: 'en', q: 'HK', first: ['en/sites/hong-kong-city-tod/'] },
  { lang: 'en', q: '中欧班列', first: ['en/news/2020-11-changping-china-europe-train/'] },
  { lang: 'en', q: 'China-Europe train', first: ['en/news/2020-11-changping-china-europe-train/'] },
];

for (const { lang, q, first } of RELEVANCE) {
  test(`${lang}: “${q}” finds the right page first`, async ({ page, problems }) => {
    const found = await search(page, lang, q);
    expect(found.length, `results for ${q}`).toBeGreaterThan(0);
    expect(first).toContain(found[0]);
    expect(found.every((path) => path.startsWith(`${lang}/`)), `every result is in ${lang}: ${found.join(', ')}`).toBe(true);
    expectClean(problems);
  });
}

test('zh-cn: “香港城” has the Hong Kong City page in its first two results', async ({ page }) => {
  expect((await search(page, 'zh-cn', '香港城')).slice(0, 2)).toContain('zh-cn/sites/hong-kong-city-tod/');
});

test('the sources page answers a search for sources, not every search', async ({ page }) => {
  test.setTimeout(240_000); // a dozen searches, each with every page of results (slow on a busy machine)
  // Its list of every source and the pages citing them is not indexed (data-pagefind-ignore), so common words
  // find the pages that are about them.
  const common: [Lang, string][] = [['zh-cn', '东莞'], ['zh-cn', '常平'], ['zh-cn', '投资'], ['zh-cn', '交通'], ['en', 'Dongguan'], ['en', 'Changping'], ['en', 'investment'], ['en', 'railway']];
  for (const [lang, q] of common) {
    await search(page, lang, q);
    // Every result, not only the first page of them.
    const more = page.locator('[data-search-more]');
    while (await more.isVisible()) {
      const shown = await page.locator('[data-search-results] h2 a').count();
      await more.click();
      await expect(page.locator('[data-search-results] h2 a')).not.toHaveCount(shown);
      await expect(page.locator('site-search')).not.toHaveAttribute('data-more', 'loading');
    }
    const found = await results(page);
    expect(found.length, `results for ${q}`).toBeGreaterThanOrEqual(5);
    expect(found, `results for ${q}`).not.toContain(`${lang}/sources/`);
  }
  expect((await search(page, 'zh-cn', '来源'))[0]).toBe('zh-cn/sources/');
  expect((await search(page, 'en', 'sources'))[0]).toBe('en/sources/');
});

test('each language searches only its own pages', async ({ page }) => {
  const zh = await search(page, 'zh-cn', '产业合作区');
  expect(zh.length).toBeGreaterThan(0);
  const en = await search(page, 'en', '产业合作区');
  expect(en.every((path) => path.startsWith('en/')), `English results: ${en.join(', ')}`).toBe(true);
  const enInvest = await search(page, 'en', '招商');
  expect(enInvest.every((path) => path.startsWith('en/')), `English results: ${enInvest.join(', ')}`).toBe(true);
  const hk = await search(page, 'zh-hk', '补贴');
  expect(hk.every((path) => path.startsWith('zh-hk/')), `Traditional results: ${hk.join(', ')}`).toBe(true);
  const cn = await search(page, 'zh-cn', '補貼');
  expect(cn.every((path) => path.startsWith('zh-cn/')), `Simplified results: ${cn.join(', ')}`).toBe(true);
});

test('only the main content is indexed, not the header or footer', async ({ page }) => {
  // The language switcher says “English” on every Chinese page and “简体中文” on every English one. (On zh-hk,
  // “简体中文” would match 中文 in the text itself, so English stands for the switcher there.)
  expect(await search(page, 'zh-cn', 'English')).toEqual([]);
  expect(await search(page, 'en', '简体中文')).toEqual([]);
  expect(await search(page, 'zh-hk', 'English')).toEqual([]);
});

test('results show title, section, date and a highlighted excerpt', async ({ page }) => {
  await search(page, 'en', 'freight train');
  const item = page.locator('[data-search-results] li', {
    has: page.locator('a[href$="news/2020-11-changping-china-europe-train/"]'),
  });
  await expect(item.locator('h2')).toContainText('China–Europe');
  await expect(item).toContainText('News');
  await expect(item.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  await expect(item.locator('mark').first()).toHaveText(/freight|train/i);
});

test('the URL keeps the query, and Back restores the results', async ({ page, problems }) => {
  const before = await search(page, 'zh-cn', '产业合作区');
  await expect(page.getByRole('searchbox', { name: '搜索本站' })).toHaveValue('产业合作区');
  await page.locator('h1').click();
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: '搜索本站' })).toBeFocused();

  await page.getByRole('searchbox', { name: '搜索本站' }).fill('中欧班列');
  await expect(page).toHaveURL(/\?q=%E4%B8%AD%E6%AC%A7%E7%8F%AD%E5%88%97$/);
  const trains = await results(page);
  expect(trains).toContain('zh-cn/news/2020-11-changping-china-europe-train/');

  await page.locator('[data-search-results] h2 a').first().click();
  await expect(page).not.toHaveURL(/search/);
  await page.goBack();
  await expect(page).toHaveURL(/search\/\?q=/);
  await expect(page.getByRole('searchbox', { name: '搜索本站' })).toHaveValue('中欧班列');
  expect(await results(page)).toEqual(trains);
  expect(before[0]).toBe('zh-cn/cooperation-zone/');
  expectClean(problems);
});

test('filters narrow by section and by policy type, in the URL, undone by Back', async ({ page }) => {
  const all = await search(page, 'zh-cn', '产业合作区');
  await page.locator('[data-filter="section"] label', { hasText: '新闻' }).click();
  await expect(page).toHaveURL(/section=news/);
  const news = await results(page);
  expect(news.length).toBeGreaterThan(0);
  expect(news.length).toBeLessThan(all.length);
  expect(news.every((path) => path.startsWith('zh-cn/news/'))).toBe(true);
  await page.goBack();
  await expect(page).not.toHaveURL(/section=/);
  expect(await results(page)).toEqual(all);

  const policies = await search(page, 'en', 'Dongguan');
  expect(policies.length).toBeGreaterThan(0);
  await page.locator('[data-filter="section"] label', { hasText: 'Policies' }).click();
  await expect(page).toHaveURL(/section=policies/);
  const type = page.getByLabel('Policy type');
  await expect(type).toBeVisible();
  // The first type that has results for this query (each option reads “Talent (2)”).
  const value = await type
    .locator('option')
    .evaluateAll((options) => (options as HTMLOptionElement[]).find((o) => o.value && !/\(0\)$/.test(o.text))?.value);
  await type.selectOption(value!);
  await expect(page).toHaveURL(new RegExp(`type=${value}`));
  const typed = await results(page);
  expect(typed.length).toBeGreaterThan(0);
  expect(typed.every((path) => path.startsWith('en/policies/'))).toBe(true);
});

test('header search: `/` focuses it, results show in place, arrows and Escape work, Enter opens the search page', async ({ page, problems }) => {
  await gotoOk(page, 'en/about/');
  const box = page.getByRole('searchbox', { name: 'Search this site' });
  await page.keyboard.press('/');
  await expect(box).toBeFocused();
  await page.keyboard.type('cooperation zone');
  const panel = page.locator('[data-search-panel]');
  await expect(panel).toHaveAttribute('data-state', 'done');
  await expect(panel.getByRole('status')).toContainText('cooperation zone');
  const first = panel.locator('[data-search-result]').first();
  expect(below((await first.getAttribute('href'))!)).toBe('en/cooperation-zone/');

  await page.keyboard.press('ArrowDown');
  await expect(first).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(box).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/en\/search\/\?q=cooperation\+zone/);
  expect((await results(page))[0]).toBe('en/cooperation-zone/');
  expectClean(problems);
});

test('a content page loads no search code until the visitor starts searching', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await gotoOk(page, 'zh-cn/about/');
  await page.waitForLoadState('networkidle');
  expect(requested.filter((url) => /pagefind|search-ui/.test(url))).toEqual([]);
  // The only script file is the header's loader (well under 1 KB); the search code and index come on first use.
  const scripts = await page.locator('script[src]').evaluateAll((nodes) => nodes.map((s) => (s as HTMLScriptElement).src));
  expect(scripts.length, 'script files on a content page').toBeLessThanOrEqual(1);
  for (const src of scripts) expect((await (await page.request.get(src)).body()).length).toBeLessThan(1024);

  const ui = page.waitForRequest(/search-ui/);
  const index = page.waitForRequest(/pagefind\/pagefind\.js/);
  await page.getByRole('searchbox', { name: '搜索本站' }).focus();
  await ui;
  await index;
});

test('on a phone the header links to the search page, which works there', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await gotoOk(page, 'zh-cn/about/');
  await expect(page.locator('[data-header-search]')).toBeHidden();
  await page.locator('[data-search-link]').click();
  await expect(page).toHaveURL(/zh-cn\/search\/$/);
  const box = page.getByRole('searchbox', { name: '搜索本站' });
  await box.fill('产业合作区');
  await box.press('Enter');
  expect((await results(page))[0]).toBe('zh-cn/cooperation-zone/');
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, 'no sideways scrolling').toBeLessThanOrEqual(390);
});

test('without JavaScript the search page says so and links the sections', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
  const page = await context.newPage();
  await gotoOk(page, 'en/search/?q=zone');
  const note = page.locator('[data-search-noscript]');
  await expect(note).toContainText('JavaScript');
  expect(await note.locator('a').count()).toBeGreaterThanOrEqual(6);
  await expect(note.locator('a', { hasText: 'Policies' })).toHaveAttribute('href', new RegExp('en/policies/$'));
  await expect(page.locator('site-search')).toBeHidden();
  await context.close();
});

test('axe: the search page with results and filters, and the header results open', async ({ page }) => {
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
  await search(page, 'zh-cn', '产业合作区');
  const onPage = await new AxeBuilder({ page }).withTags(tags).analyze();
  expect(onPage.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  await gotoOk(page, 'en/about/');
  await page.getByRole('searchbox', { name: 'Search this site' }).fill('freight train');
  await expect(page.locator('[data-search-panel]')).toHaveAttribute('data-state', 'done');
  const inHeader = await new AxeBuilder({ page }).withTags(tags).analyze();
  expect(inHeader.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
