/**
 * The section pages in a real browser, against the build: home, industries, cooperation zone, sites, transport.
 * Each check names the feature it protects; they fail when the content or markup behind it breaks.
 */
import type { Locator, Page } from '@playwright/test';
import { expectClean, gotoOk, test, expect } from './support/guard';
import { sitemapPaths } from './support/site';
import { LOCALE_KEYS } from '../../src/i18n/locales';
import { homeSections } from '../../src/site/sections';
import { convertText } from '../../src/i18n/convert/convert';

const LOCALES = LOCALE_KEYS;
const pathsUnder = (section: string) => sitemapPaths().filter((p) => new RegExp(`^(${LOCALE_KEYS.join('|')})/${section}/[^/]+/$`).test(p));

/**
 * Every figure card shows a date (or says the source gives none) and a source: a link to the original, or, for a
 * source with no web address, a link to its entry on the sources page.
 */
async function expectSourcedFigures(cards: Locator) {
  const count = await cards.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const card = cards.nth(i);
    // The date it describes, or (for a source that prints none) "date not given", never the day it was read.
    const date = card.locator('time[datetime], [data-undated]');
    await expect(date).toBeVisible();
    await expect(date).not.toBeEmpty();
    const citation = card.locator('.source-citation');
    await expect(citation).toBeVisible();
    const link = citation.locator('a[href]').first();
    await expect(link).not.toBeEmpty();
    expect(await link.getAttribute('href')).toMatch(/^https?:|\/sources\/#source-[a-z0-9-]+$/);
  }
}

/** The only script is the header search's small loader (the search code itself loads on first use). */
async function expectNoScriptFiles(page: Page) {
  const scripts = await page.locator('script[src]').evaluateAll((nodes) => nodes.map((s) => (s as HTMLScriptElement).src));
  expect(scripts.length, 'script files on the page').toBeLessThanOrEqual(1);
  for (const src of scripts) {
    expect(src).toMatch(/HeaderSearch/);
    const body = await (await page.request.get(src)).body();
    expect(body.length, 'header search loader size').toBeLessThan(1024);
  }
}

for (const lang of LOCALES) {
  test.describe(`${lang}`, () => {
    test('home: key figures each with a source link and a date', async ({ page, problems }) => {
      await gotoOk(page, `${lang}/`);
      const cards = page.locator('[data-home-figures] [data-figure]');
      const count = await cards.count();
      expect(count).toBeGreaterThanOrEqual(4);
      expect(count).toBeLessThanOrEqual(6);
      await expectSourcedFigures(cards);
      // On the home page every key figure links to its source (or to its entry on the sources page).
      for (let i = 0; i < count; i++) await expect(cards.nth(i).locator('.source-citation a[href]')).toHaveCount(1);
      await expectNoScriptFiles(page);
      expectClean(problems);
    });

    test('home: the four focus directions, every section and the latest three news items', async ({ page }) => {
      await gotoOk(page, `${lang}/`);
      const focus = page.locator('[data-focus] a');
      await expect(focus).toHaveCount(4);
      const hrefs = await focus.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(hrefs.filter((h) => h.includes(`/${lang}/industries/`))).toHaveLength(3);
      expect(hrefs).toContainEqual(expect.stringMatching(`/${lang}/cooperation-zone/$`));
      for (const { path } of homeSections()) {
        await expect(page.locator(`[data-sections] a[href$="/${lang}/${path}/"]`)).toHaveCount(1);
      }
      const news = page.locator('[data-latest-news] li');
      await expect(news).toHaveCount(3);
      const dates = await news.locator('time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')!));
      expect([...dates].sort().reverse()).toEqual(dates);
      for (const href of await news.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!))) {
        expect(href).toMatch(new RegExp(`/${lang}/news/[^/]+/$`));
      }
    });

    test('home: the land chart is an SVG with a text alternative and a data table', async ({ page }) => {
      await gotoOk(page, `${lang}/`);
      const chart = page.locator('[data-mdx-figure-chart] [data-chart]');
      const svg = chart.locator('svg[role="img"]');
      await expect(svg).toBeVisible();
      await expect(svg.locator('rect')).not.toHaveCount(0);
      expect(await svg.evaluate((el) => el.getAttribute('aria-labelledby')!.split(' ').map((id) => document.getElementById(id)?.textContent).join(' '))).toMatch(/103/);
      await expect(chart.locator('figcaption .source-citation')).toBeVisible();
      await expect(chart.locator('table tbody tr')).toHaveCount(2);
    });

    test('cooperation zone: the agreement card names the date and the Shenzhen partner', async ({ page, problems }) => {
      await gotoOk(page, `${lang}/cooperation-zone/`);
      const card = page.locator('[data-agreement]');
      await expect(card.locator('time[data-signed]')).toHaveAttribute('datetime', '2023-02-22');
      await expect(card.locator('time[data-signed]')).toHaveText(lang === 'en' ? '22 February 2023' : '2023年2月22日');
      await expect(card.locator('[data-party]')).toHaveCount(2);
      await expect(card).toContainText(lang === 'en' ? 'Shenzhen Science & Technology Industrial Park' : convertText('深圳科技工业园', lang));
      // The agreement card comes before the text.
      const cardTop = (await card.boundingBox())!.y;
      const proseTop = (await page.locator('.prose').boundingBox())!.y;
      expect(cardTop).toBeLessThan(proseTop);
      const events = page.locator('[data-timeline] li');
      expect(await events.count()).toBeGreaterThanOrEqual(5);
      await expect(page.locator('[data-timeline] time[datetime="2023-02-22"]')).toBeVisible();
      await expect(page.locator('[data-carriers] a[href*="/sites/"]')).toHaveCount(3);
      await expect(page.locator('[data-cta] a[href$="/contact/"]')).toBeVisible();
      expectClean(problems);
    });

    test('transport: the diagram has a text alternative and shows the Hong Kong through train as suspended', async ({ page, problems }) => {
      await gotoOk(page, `${lang}/transport/`);
      const figure = page.locator('figure[data-transport-diagram]');
      const svg = figure.locator('svg[role="img"]');
      await expect(svg).toBeVisible();
      await expect(svg.locator('title')).not.toBeEmpty();
      await expect(svg.locator('desc')).toContainText(lang === 'en' ? 'suspended' : convertText('停运', lang));
      await expect(figure.locator('figcaption')).toBeVisible();
      const describedBy = await svg.getAttribute('aria-describedby');
      const list = page.locator(`#${describedBy}`);
      // Every line drawn is described: among Changping's connections, or (drawn for orientation) among the lines elsewhere.
      for (const id of await svg.locator('path[data-link]').evaluateAll((paths) => paths.map((p) => p.getAttribute('data-link')))) {
        expect(await page.locator(`[data-connection="${id}"], [data-elsewhere-line="${id}"]`).count(), id!).toBe(1);
      }

      const line = svg.locator('path[data-link="through-train-hong-kong"]');
      await expect(line).toHaveAttribute('data-status', 'suspended');
      await expect(line).toHaveAttribute('stroke-dasharray', /\d/);
      const item = list.locator('[data-connection="through-train-hong-kong"]');
      await expect(item).toHaveAttribute('data-status', 'suspended');
      await expect(item.locator('[data-status-label]')).toHaveText(lang === 'en' ? 'Suspended' : convertText('已停运', lang));
      await expect(item).toContainText(lang === 'en' ? '31 July 2024' : '2024年7月31日');
      await expect(item.locator('.source-citation a[href^="http"]')).not.toHaveCount(0);
      // Never presented as running: no running connection mentions a through train to Hong Kong.
      const running = await list.locator('[data-connection][data-status="open"] :is([data-connection-name], [data-connection-text])').allTextContents();
      expect(running.filter((text) => new RegExp(`through train|${convertText('直通车', lang)}`, 'i').test(text))).toEqual([]);
      // High-speed trains to Hong Kong leave from Dongguan (Shilong) and Dongguan South, not from Changping: the line
      // is listed once, among the lines that do not serve Changping, never among Changping's connections.
      await expect(list.locator('[data-connection*="high-speed"]')).toHaveCount(0);
      await expect(page.locator('[data-elsewhere-line="high-speed-hong-kong"]')).toHaveCount(1);
      await expect(page.locator('[data-elsewhere-line="high-speed-hong-kong"]')).toContainText(lang === 'en' ? 'Dongguan South' : convertText('东莞南', lang));
      expectClean(problems);
    });

    test('transport: the China–Europe train with its route and both reported first departures', async ({ page }) => {
      await gotoOk(page, `${lang}/transport/`);
      const route = page.locator('[data-route]');
      await expect(route.locator('[data-stops] li')).not.toHaveCount(0);
      await expect(route.locator('[data-stops]')).toContainText(lang === 'en' ? 'Alashankou' : convertText('阿拉山口', lang));
      await expect(route.locator('[data-stops]')).toContainText(lang === 'en' ? 'Duisburg and Hamburg' : convertText('杜伊斯堡、汉堡', lang));
      const departures = route.locator('[data-departures] li');
      await expect(departures).toHaveCount(2);
      await expect(departures.locator('time')).toHaveText(lang === 'en' ? ['18 November 2020', '29 November 2020'] : ['2020年11月18日', '2020年11月29日']);
      for (let i = 0; i < 2; i++) await expect(departures.nth(i).locator('.source-citation a[href^="http"]')).not.toHaveCount(0);
    });

    test('sites: the list shows every site with a status badge, and no invented map', async ({ page }) => {
      await gotoOk(page, `${lang}/sites/`);
      const cards = page.locator('[data-site-list] [data-site-card]');
      const count = await cards.count();
      expect(count).toBe(pathsUnder('sites').filter((p) => p.startsWith(`${lang}/`)).length);
      await expect(page.locator('[data-site-list] [data-status]')).toHaveCount(count);
      // The schematic town map placed the sites by hand, with no sourced coordinates: it is gone for good.
      await expect(page.locator('[data-map]')).toHaveCount(0);
    });
  });
}

for (const path of pathsUnder('sites')) {
  test(`site page /${path} shows its status and its figures`, async ({ page, problems }) => {
    await gotoOk(page, path);
    await expect(page.locator('[data-site-facts] [data-status]')).toBeVisible();
    await expect(page.locator('[data-map]')).toHaveCount(0);
    const figures = page.locator('[data-figure]');
    if ((await figures.count()) > 0) await expectSourcedFigures(figures);
    else await expect(page.locator('[data-site-facts-block] [data-not-published]')).toBeVisible();
    expectClean(problems);
  });
}

for (const path of pathsUnder('industries')) {
  test(`industry page /${path} lists its figures with sources`, async ({ page, problems }) => {
    await gotoOk(page, path);
    await expectSourcedFigures(page.locator('[data-figure]'));
    await expect(page.locator('[data-seeking] li')).not.toHaveCount(0);
    await expect(page.locator('[data-policies-link]')).toHaveAttribute('href', /\/policies\/\?sector=[a-z-]+$/);
    await expect(page.locator('[data-cta]')).toBeVisible();
    expectClean(problems);
  });
}

test('industries: focus sectors come first, in order', async ({ page }) => {
  await gotoOk(page, 'en/industries/');
  const groups = await page.locator('[data-industry-group]').evaluateAll((els) => els.map((el) => el.getAttribute('data-industry-group')));
  expect(groups).toEqual(['focus', 'other']);
  await expect(page.locator('[data-industry-group="focus"] article')).toHaveCount(3);
});
