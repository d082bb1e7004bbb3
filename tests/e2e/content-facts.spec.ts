/**
 * Content facts an investor decides on, checked in the built site in every edition: transport (new links, planned
 * and elsewhere lines, the diagram fitting its box), sites, contact, industries and the open data.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expectClean, gotoOk, test, expect } from './support/guard';
import { LOCALE_KEYS as LOCALES, localeSpec } from '../../src/i18n/locales';
import { convertText } from '../../src/i18n/convert/convert';
const sources = parse(readFileSync('src/content/sources/sources.yaml', 'utf8')) as { id: string; accessed: string | Date }[];
const accessed = new Map(sources.map((s) => [s.id, new Date(s.accessed).toISOString().slice(0, 10)]));

test.describe('transport', () => {
  for (const locale of LOCALES) {
    test(`/${locale}/transport/ has the new links, the planned line, and says which lines do not serve Changping`, async ({ page, problems }) => {
      await gotoOk(page, `${locale}/transport/`);
      const zh = localeSpec(locale).lang.startsWith('zh');
      await expect(page.locator('[data-connection="intercity-west"]')).toContainText(zh ? convertText('2024年5月26日', locale) : '26 May 2024');
      await expect(page.locator('[data-connection="intercity-east"]')).toContainText(zh ? convertText('2025年9月29日', locale) : '29 September 2025');
      await expect(page.locator('[data-connection="guanfan-expressway"]')).toContainText(zh ? convertText('2023年12月28日', locale) : '28 December 2023');
      const metro3 = page.locator('[data-connection="metro-line-3"]');
      await expect(metro3).toHaveAttribute('data-status', 'planned');
      await expect(metro3.locator('[data-status-label]')).toHaveText(zh ? convertText('规划中', locale) : 'Planned');
      // High-speed rail to West Kowloon: said once, as a line that does not stop in Changping, never as running here.
      await expect(page.locator('[data-connection*="high-speed"]')).toHaveCount(0);
      await expect(page.locator('[data-elsewhere-line="high-speed-hong-kong"]')).toHaveCount(1);
      await expect(page.locator('[data-elsewhere-line="high-speed-hong-kong"]')).toContainText(zh ? convertText('不在常平停靠', locale) : 'not in Changping');
      for (const id of ['metro-line-1', 'shenzhen-huizhou-intercity']) await expect(page.locator(`[data-elsewhere-line="${id}"]`)).toHaveCount(1);
      // Distances: straight lines computed from sourced coordinates, labelled as such.
      const shenzhen = page.locator('[data-measure="straight-shenzhen"]');
      await expect(shenzhen.locator('[data-value]')).toHaveAttribute('data-value', '49');
      await expect(shenzhen).toContainText(zh ? convertText('直线距离', locale) : 'straight line');
      await expect(page.locator('[data-measure="time-dongguan-hong-kong"] [data-level="city"]')).toHaveCount(1);
      // No travel time or saving is written on the drawing itself.
      for (const text of await page.locator('[data-detail]').allTextContents()) expect(text).not.toMatch(new RegExp(`${convertText('分钟|小时', locale)}|min|hour`));
      expectClean(problems);
    });
  }

  test('the diagram has one layout in every edition, and every label inside the drawing', async ({ page }) => {
    const boxes: string[] = [];
    for (const locale of LOCALES) {
      await page.setViewportSize({ width: 1366, height: 900 });
      await gotoOk(page, `${locale}/transport/`);
      const svg = page.locator('[data-transport-diagram] svg[role="img"]');
      boxes.push((await svg.getAttribute('viewBox'))!);
      const outside = await svg.evaluate((el: SVGSVGElement) => {
        const vb = el.viewBox.baseVal;
        return [...el.querySelectorAll('text')].flatMap((text) => {
          const b = (text as SVGTextElement).getBBox();
          const inside = b.x >= vb.x - 0.5 && b.y >= vb.y - 0.5 && b.x + b.width <= vb.x + vb.width + 0.5 && b.y + b.height <= vb.y + vb.height + 0.5;
          return inside ? [] : [text.textContent];
        });
      });
      expect(outside, locale).toEqual([]);
    }
    expect(new Set(boxes).size).toBe(1);
  });

  for (const locale of LOCALES) {
    test(`/${locale}/transport/ on a 390 px phone: the diagram scrolls inside its box with a visible cue`, async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await gotoOk(page, `${locale}/transport/`);
      await expect(page.locator('[data-scroll-hint]')).toBeVisible();
      const scroller = page.locator('[data-diagram-scroller]');
      const { scrollWidth, clientWidth } = await scroller.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
      expect(scrollWidth).toBeGreaterThan(clientWidth);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      // Shenzhen can be scrolled into view inside the box.
      const shenzhen = page.locator('[data-node="shenzhen"] text');
      await shenzhen.scrollIntoViewIfNeeded();
      const box = (await shenzhen.boundingBox())!;
      const frame = (await scroller.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(frame.x - 1);
      expect(box.x + box.width).toBeLessThanOrEqual(frame.x + frame.width + 1);
    });
  }
});

test.describe('sites', () => {
  for (const locale of LOCALES) {
    test(`/${locale}/sites/ pages: one facts block each, Hong Kong City's area said once and never charted against its part`, async ({ page, problems }) => {
      for (const slug of ['huangnitang', 'changping-new-city', 'hong-kong-city-tod']) {
        await gotoOk(page, `${locale}/sites/${slug}/`);
        await expect(page.locator('[data-site-facts-block]')).toHaveCount(1);
        await expect(page.locator('[data-site-fact="contact"] .source-citation')).toHaveCount(1);
        await expect(page.locator('[data-not-published]')).toHaveCount(1);
      }
      const main = page.locator('main');
      expect(((await main.innerText()).match(/776\.5/g) ?? []).length).toBe(1);
      await expect(page.locator('#site-chart')).toHaveCount(0);
      await expect(page.locator('[data-site-fact="area"]')).toContainText(locale === 'en' ? /date not given/i : convertText('来源未注明日期', locale));
      expectClean(problems);
    });
  }
});

test.describe('contact', () => {
  for (const locale of LOCALES) {
    test(`/${locale}/contact/ leads with the official channels, and badges the town desk's placeholders once`, async ({ page, problems }) => {
      await gotoOk(page, `${locale}/contact/`);
      const order = await page.evaluate(() => {
        const official = document.querySelector('[data-official-channels]');
        const desk = document.querySelector('[data-contact-details]');
        return official && desk ? official.compareDocumentPosition(desk) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
      });
      expect(order).toBeTruthy();
      await expect(page.locator('[data-channel="town-portal"] a[href="http://www.dg.gov.cn/cp/"]')).toHaveCount(1);
      for (const id of ['town-portal', 'investment-bureau', 'hotline-12345', 'qiguanjia']) {
        await expect(page.locator(`[data-channel="${id}"] .source-citation`)).toHaveCount(1);
      }
      await expect(page.locator('main [data-example-badge]')).toHaveCount(2); // the desk's heading and the form's address
      // The town desk's placeholders are not repeated in the page footer (the government footer's filing numbers,
      // a separate setting, carry their own one badge while they are examples).
      await expect(page.locator('footer [data-example-badge]:not([data-government-footer] *)')).toHaveCount(0);
      expectClean(problems);
    });
  }
});

test.describe('industries', () => {
  for (const locale of LOCALES) {
    test(`/${locale}/industries/ shows both stated focus lists with their dates and the named Changping projects`, async ({ page, problems }) => {
      await gotoOk(page, `${locale}/industries/`);
      await expect(page.locator('[data-focus-statement="focus-2023-02"] time')).toHaveAttribute('datetime', '2023-02');
      await expect(page.locator('[data-focus-statement="focus-gdii"] [data-undated]')).toBeVisible();
      await expect(page.locator('[data-focus-statement="focus-gdii"]')).toContainText(locale === 'en' ? 'semiconductors' : convertText('半导体及集成电路', locale));
      const biaopu = page.locator('[data-project="biaopu"]');
      await expect(biaopu).toContainText(locale === 'en' ? 'Tutang' : convertText('土塘村', locale));
      await expect(biaopu.locator('[data-figure="biaopu-investment"]')).toContainText(locale === 'en' ? '0.7 billion yuan' : convertText('7亿元', locale));
      await expect(page.locator('[data-project]')).toHaveCount(4);
      expectClean(problems);
    });
  }
});

test.describe('open data', () => {
  test('at least 40 sourced figures, at least 10 dated 2024 or later, none dated the day its source was read', async ({ request }) => {
    const data = (await (await request.get('data/figures.json')).json()) as { figures: { id: string; asOf: string; asOfPrecision: string; sourceId: string }[] };
    expect(data.figures.length).toBeGreaterThanOrEqual(40);
    expect(data.figures.filter((f) => f.asOf >= '2024-01-01').length).toBeGreaterThanOrEqual(10);
    for (const figure of data.figures) {
      if (figure.asOfPrecision === 'undated') continue;
      expect(figure.asOf, figure.id).not.toBe(accessed.get(figure.sourceId));
    }
  });

  test("Dongguan's 2023 contracted investment has one spelling on every page", async ({ page }) => {
    for (const [path, text, wrong] of [
      ['zh-cn/news/2024-02-23-dongguan-investment-results-2023/', '3680.4亿元', '3680.04'],
      ['en/news/2024-02-23-dongguan-investment-results-2023/', '368.04 billion yuan', '3,680'],
      ['zh-cn/sources/', '3680.4亿元', '3680.04'],
      ['en/sources/', '368.04 billion yuan', '3,680'],
    ] as const) {
      await gotoOk(page, path);
      const body = await page.locator('main').innerText();
      expect(body, path).toContain(text);
      expect(body, path).not.toContain(wrong);
    }
  });
});
