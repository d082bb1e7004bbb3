/** News: order, pagination, tags, the article page with its NewsArticle data, and the feeds. */
import { NEWS_PAGE_SIZE } from '../../src/model/news/news';
import { expectClean, gotoOk, test, expect } from './support/guard';
import { BASE } from './support/site';
import { entries, field } from './support/content';
import { LOCALE_KEYS, localeSpec } from '../../src/i18n/locales';

test.describe('news', () => {
  for (const locale of LOCALE_KEYS) {
    test(`/${locale}/news/ lists every item newest first, ${NEWS_PAGE_SIZE} a page`, async ({ page, problems, request }) => {
      const total = entries('news', locale).length;
      const pages = Math.max(1, Math.ceil(total / NEWS_PAGE_SIZE));
      const dates: string[] = [];
      let path: string | null = `${locale}/news/`;
      let count = 0;
      while (path) {
        await gotoOk(page, path);
        count++;
        const onPage = await page.locator('[data-news-item] time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime')!));
        expect(onPage.length).toBe(count < pages ? NEWS_PAGE_SIZE : total - NEWS_PAGE_SIZE * (pages - 1));
        dates.push(...onPage);
        const next = page.locator('[data-pagination] a[rel="next"]');
        path = (await next.count()) ? (await next.getAttribute('href'))!.slice(BASE.length) : null;
      }
      expect(count).toBe(pages);
      expect(dates).toHaveLength(total);
      expect([...dates].sort().reverse()).toEqual(dates);
      expectClean(problems);
      expect((await request.get(`${locale}/news/${pages + 1}/`)).status()).toBe(404);
    });
  }

  test('a news page has its date, tags, original report, sources and NewsArticle data', async ({ page }) => {
    const item = entries('news', 'en').find((entry) => field(entry.markdown, 'originalUrl'))!;
    await gotoOk(page, `en/news/${item.slug}/`);
    await expect(page.locator('[data-original-link] a')).toHaveAttribute('href', field(item.markdown, 'originalUrl')!);
    await expect(page.locator('[data-sources] li').first()).toBeVisible();
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
    const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(data).toMatchObject({
      '@type': 'NewsArticle',
      headline: (await page.locator('h1').textContent())!.trim(),
      datePublished: field(item.markdown, 'date'),
      inLanguage: 'en',
      publisher: { '@type': 'GovernmentOrganization' },
    });
    expect(new URL(data.mainEntityOfPage['@id']).pathname).toBe(`${BASE}en/news/${item.slug}/`);
    const tag = page.locator('[data-tag]').first();
    const tagName = await tag.getAttribute('data-tag');
    await tag.click();
    await expect(page).toHaveURL(new RegExp(`/en/news/tags/${tagName}/$`));
    await expect(page.locator(`[data-news-item="${item.slug}"]`)).toBeVisible();
  });

  for (const locale of LOCALE_KEYS) {
    test(`the ${locale} RSS feed parses and links every item absolutely`, async ({ page, request }) => {
      const response = await request.get(`${locale}/news/rss.xml`);
      expect(response.ok()).toBe(true);
      const xml = await response.text();
      await gotoOk(page, `${locale}/news/`);
      const feed = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'application/xml');
        return {
          error: doc.querySelector('parsererror')?.textContent ?? null,
          language: doc.querySelector('channel > language')?.textContent,
          links: [...doc.querySelectorAll('item > link')].map((link) => link.textContent ?? ''),
          dates: [...doc.querySelectorAll('item > pubDate')].map((date) => Date.parse(date.textContent ?? '')),
        };
      }, xml);
      expect(feed.error).toBeNull();
      expect(feed.language).toBe(localeSpec(locale).lang);
      expect(feed.links).toHaveLength(entries('news', locale).length);
      expect([...feed.dates].sort((a, b) => b - a)).toEqual(feed.dates);
      for (const link of feed.links) {
        const url = new URL(link);
        expect(url.protocol).toMatch(/^https?:$/);
        expect(url.pathname.startsWith(`${BASE}${locale}/news/`)).toBe(true);
        expect((await request.get(url.pathname.slice(BASE.length))).status()).toBe(200);
      }
      await expect(page.locator('link[type="application/rss+xml"]')).toHaveAttribute('href', `${BASE}${locale}/news/rss.xml`);
    });
  }
});
