/**
 * The record pages: policies (status, original, filter with and without JavaScript, deep links), news (order,
 * pagination, feeds), open data (JSON and CSV), sources (every source cited somewhere), contact (examples marked,
 * the mailto fallback of the enquiry form), structured data, robots.txt and the sitemap's hreflang links.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import { CONTACT } from '../../src/config/contact';
import { parseCsv } from '../../src/model/csv';
import { NEWS_PAGE_SIZE } from '../../src/model/news/news';
import { policyStatus } from '../../src/model/policies/status';
import { matchesFilter } from '../../src/model/policies/filter';
import { expectClean, gotoOk, test, expect } from './support/guard';
import { BASE, DIST } from './support/site';
import { generatedFrom, isLocale, LOCALE_KEYS, localeSpec } from '../../src/i18n/locales';
import { convertText } from '../../src/i18n/convert/convert';

const LOCALES = LOCALE_KEYS;
const CONTENT = 'src/content';

/** A top-level frontmatter value of a Markdown file (`issued: 2024-11-06` → '2024-11-06'). */
function field(markdown: string, name: string): string | undefined {
  const front = markdown.split(/^---$/m)[1] ?? '';
  return front.match(new RegExp(`^${name}:\\s*(.+)$`, 'm'))?.[1]?.trim().replace(/^["']|["']$/g, '');
}

function entries(collection: string, locale: string): { slug: string; markdown: string }[] {
  const dir = join(CONTENT, collection, locale);
  // A generated edition (zh-hk): its source edition's entries, converted as the build converts them, or the
  // override file where there is one.
  const from = isLocale(locale) ? generatedFrom(locale) : undefined;
  if (from && isLocale(locale)) {
    const own = new Map(existsSync(dir) ? readdirSync(dir).map((name) => [name.replace(/\.md$/, ''), readFileSync(join(dir, name), 'utf8')] as const) : []);
    return entries(collection, from).map(({ slug, markdown }) => ({ slug, markdown: own.get(slug) ?? convertText(markdown, locale) }));
  }
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md') && !name.startsWith('_'))
    .map((name) => ({ slug: name.replace(/\.md$/, ''), markdown: readFileSync(join(dir, name), 'utf8') }))
    .filter((entry) => field(entry.markdown, 'draft') !== 'true');
}

const yamlIds = (file: string) => [...readFileSync(file, 'utf8').matchAll(/^- id: (\S+)$/gm)].map((match) => match[1]!);
const sourceIds = yamlIds(join(CONTENT, 'sources/sources.yaml'));
const figureIds = yamlIds(join(CONTENT, 'figures/figures.yaml'));
const viaSources = [...readFileSync(join(CONTENT, 'sources/sources.yaml'), 'utf8').split(/^- id: /m).slice(1)]
  .filter((block) => /^\s+via: true$/m.test(block))
  .map((block) => block.split('\n')[0]!.trim());
const day = (value: string | undefined) => (value ? new Date(`${value}T00:00:00Z`) : undefined);

test.describe('policy pages', () => {
  for (const locale of LOCALES) {
    for (const { slug, markdown } of entries('policies', locale)) {
      test(`/${locale}/policies/${slug}/ shows its original, sources and status`, async ({ page, problems }) => {
        await gotoOk(page, `${locale}/policies/${slug}/`);
        await expect(page.locator('[data-original-link] a')).toHaveAttribute('href', field(markdown, 'url')!);
        await expect(page.locator('[data-sources] li').first()).toBeVisible();
        const facts = page.locator('[data-policy-facts]');
        await expect(facts).toContainText(field(markdown, 'issuer')!);
        const docNumber = field(markdown, 'docNumber');
        if (docNumber) await expect(facts).toContainText(docNumber);

        const asOf = await facts.locator('[data-status-date]').getAttribute('data-status-date');
        const expected = policyStatus(
          {
            issued: day(field(markdown, 'issued'))!,
            effective: day(field(markdown, 'effective')),
            expires: day(field(markdown, 'expires')),
            status: field(markdown, 'status') as 'in-force' | 'expired' | 'superseded' | undefined,
          },
          new Date(`${asOf}T12:00:00+08:00`),
        );
        await expect(facts.locator('[data-policy-status]')).toHaveAttribute('data-policy-status', expected);
        await expect(facts.locator('[data-policy-status]')).toBeVisible();
        for (const heading of ['[data-policy-glance] h3']) await expect(page.locator(heading)).toHaveCount(3);
        expectClean(problems);
      });
    }
  }
});

/** The level, type and sectors of each listed policy, read from the page. */
async function listed(page: import('@playwright/test').Page) {
  return page.locator('[data-policy]').evaluateAll((items) =>
    items.map((item) => ({
      level: (item as HTMLElement).dataset.level!,
      type: (item as HTMLElement).dataset.type!,
      sectors: (item as HTMLElement).dataset.sectors!.split(' '),
      visible: !(item as HTMLElement).hidden && (item as HTMLElement).offsetParent !== null,
    })),
  );
}

test.describe('policy filter, with JavaScript', () => {
  test('choosing a level shows only matching policies, updates the URL and announces the count', async ({ page, problems }) => {
    await gotoOk(page, 'en/policies/');
    const all = await listed(page);
    expect(all.length).toBe(entries('policies', 'en').length);
    const level = 'province';
    const matching = all.filter((item) => item.level === level).length;
    expect(matching, 'the content has a province-level policy to filter for').toBeGreaterThan(0);

    await page.getByLabel('Level').selectOption(level);
    await expect(page).toHaveURL(new RegExp(`/en/policies/\\?level=${level}$`));
    const status = page.getByRole('status').filter({ hasText: 'Showing' });
    await expect(status).toHaveText(`Showing ${matching} of ${all.length} policies`);
    await expect(status).toHaveAttribute('aria-live', 'polite');
    const after = await listed(page);
    expect(after.filter((item) => item.visible).every((item) => item.level === level)).toBe(true);
    expect(after.filter((item) => item.visible)).toHaveLength(matching);

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(page).toHaveURL(/\/en\/policies\/$/);
    await expect(status).toHaveText(`Showing ${all.length} of ${all.length} policies`);
    expect((await listed(page)).every((item) => item.visible)).toBe(true);
    expectClean(problems);
  });

  test('?sector= and ?level= links pre-filter the list', async ({ page }) => {
    for (const query of ['sector=electronic-information', 'level=province', 'sector=electronic-information&level=city']) {
      await gotoOk(page, `zh-cn/policies/?${query}`);
      const params = new URLSearchParams(query);
      const filter = { level: params.get('level') ?? '', type: '', sector: params.get('sector') ?? '' };
      await expect(page.locator('#filter-sector')).toHaveValue(filter.sector);
      await expect(page.locator('#filter-level')).toHaveValue(filter.level);
      const items = await listed(page);
      const expected = items.map((item) => matchesFilter(item, filter));
      expect(items.map((item) => item.visible)).toEqual(expected);
      await expect(page.locator('[data-filter-count]')).toHaveText(`显示 ${expected.filter(Boolean).length} / ${items.length} 项政策`);
      expect(new URL(page.url()).search).toBe(`?${query}`);
    }
  });
});

test.describe('policy list without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('shows every policy and hides the filter, whatever the query', async ({ page }) => {
    for (const locale of LOCALES) {
      await gotoOk(page, `${locale}/policies/?level=province&sector=new-energy`);
      const items = await listed(page);
      expect(items).toHaveLength(entries('policies', locale).length);
      expect(items.every((item) => item.visible)).toBe(true);
      await expect(page.locator('[data-filter-form]')).toBeHidden();
      await expect(page.locator('h1')).toHaveCount(1);
    }
  });
});

test.describe('news', () => {
  for (const locale of LOCALES) {
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

  for (const locale of LOCALES) {
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

test.describe('open data', () => {
  test('figures.json lists every figure with both labels, value, date and source', async ({ request }) => {
    const response = await request.get('data/figures.json');
    expect(response.headers()['content-type']).toContain('application/json');
    const data = JSON.parse(await response.text());
    expect(data.figures.map((figure: { id: string }) => figure.id).sort()).toEqual([...figureIds].sort());
    for (const figure of data.figures) {
      expect(figure.labelZhCn, figure.id).toBeTruthy();
      expect(figure.labelEn, figure.id).toBeTruthy();
      expect(typeof figure.value, figure.id).toBe('number');
      expect(figure.asOf, figure.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(sourceIds, figure.id).toContain(figure.sourceId);
      expect(figure.sourceTitle, figure.id).toBeTruthy();
      expect(figure.sourceUrl || figure.sourceReference, figure.id).toBeTruthy();
    }
  });

  test('figures.csv is UTF-8 with a BOM, one row per figure plus a header', async ({ request }) => {
    const response = await request.get('data/figures.csv');
    expect(response.headers()['content-type']).toContain('text/csv');
    const bytes = await response.body();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.toString('utf8'));
    expect(rows).toHaveLength(figureIds.length + 1);
    const header = rows[0]!;
    for (const column of ['id', 'labelZhCn', 'labelEn', 'value', 'unit', 'qualifier', 'asOf', 'sourceId', 'sourceTitle', 'sourceUrl']) {
      expect(header).toContain(column);
    }
    for (const row of rows.slice(1)) {
      expect(row).toHaveLength(header.length);
      expect(row[header.indexOf('asOf')]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(sourceIds).toContain(row[header.indexOf('sourceId')]);
    }
    expect(rows.map((row) => row[header.indexOf('labelZhCn')])).toContain('地区生产总值');
  });
});

test.describe('sources page', () => {
  for (const locale of LOCALES) {
    test(`/${locale}/sources/ lists every source with the pages citing it`, async ({ page, problems }) => {
      await gotoOk(page, `${locale}/sources/`);
      await expect(page.locator('[data-source-entry]')).toHaveCount(sourceIds.length);
      for (const id of sourceIds) {
        const entry = page.locator(`[data-source-entry="${id}"]`);
        await expect(entry.locator('[data-citing-page]').first(), `a page citing ${id}`).toBeVisible();
        for (const href of await entry.locator('[data-citing-page]').evaluateAll((links) => links.map((link) => link.getAttribute('href')!))) {
          expect(href.startsWith(`${BASE}${locale}/`), `${id} cited on ${href}`).toBe(true);
        }
        await expect(entry.locator('[data-via]')).toHaveCount(viaSources.includes(id) ? 1 : 0);
      }
      await expect(page.locator('[data-open-data] a[href$="data/figures.json"]')).toBeVisible();
      await expect(page.locator('[data-open-data] a[href$="data/figures.csv"]')).toBeVisible();
      await expect(page.locator('[data-figure-row]')).toHaveCount(figureIds.length);
      expectClean(problems);
    });
  }
});

test.describe('contact', () => {
  for (const locale of LOCALES) {
    test(`/${locale}/contact/ marks every example value and keeps it out of links and structured data`, async ({ page }) => {
      await gotoOk(page, `${locale}/contact/`);
      const badge = locale === 'en' ? 'Example — staff to replace' : convertText('示例 · 待工作人员替换', locale);
      const examples = page.locator('[data-contact][data-example]');
      const shown = [CONTACT.organization, CONTACT.office, CONTACT.location, CONTACT.address, CONTACT.phone, CONTACT.email, CONTACT.hours];
      await expect(examples).toHaveCount(shown.filter((value) => value.isExample).length);
      for (const row of await examples.all()) await expect(row.locator('[data-example-badge]')).toHaveText(badge);
      if (CONTACT.email.isExample) await expect(page.locator('[data-contact="email"] a')).toHaveCount(0);
      if (CONTACT.phone.isExample) await expect(page.locator('a[href^="tel:"]')).toHaveCount(0);
      const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
      expect(data['@type']).toBe('GovernmentOrganization');
      expect(data.name).toBe(CONTACT.organization.value[locale]);
      const json = JSON.stringify(data);
      for (const value of shown.filter((item) => item.isExample)) {
        const text = typeof value.value === 'string' ? value.value : value.value[locale];
        expect(json).not.toContain(text);
      }
      await expect(page.locator('.prose h2').first()).toBeVisible();
    });
  }

  test('the about page carries the town government as structured data', async ({ page }) => {
    await gotoOk(page, 'zh-cn/about/');
    const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(data).toMatchObject({ '@type': 'GovernmentOrganization', name: CONTACT.organization.value['zh-cn'] });
  });

  test.describe('enquiry form', () => {
    test.skip(CONTACT.enquiryEndpoint !== '', 'an endpoint is configured: the form posts instead of preparing an e-mail');

    test('explains what is missing, then prepares an e-mail with every answer', async ({ page, problems }) => {
      await gotoOk(page, 'en/contact/');
      await page.getByRole('button', { name: 'Prepare enquiry email' }).click();
      const summary = page.locator('[data-error-summary]');
      await expect(summary).toBeVisible();
      await expect(summary).toBeFocused();
      await expect(summary.locator('li')).toHaveCount(4);
      await expect(page.getByLabel('Your name')).toHaveAttribute('aria-invalid', 'true');
      await expect(page.getByLabel('Your name')).toHaveAttribute('aria-describedby', /error-name/);

      await page.getByLabel('Your name').fill('Chan Tai Man');
      await page.getByLabel('Company').fill('Acme Precision & Co');
      await page.getByRole('textbox', { name: 'Email', exact: true }).fill('not-an-address');
      await page.getByLabel('Sector').selectOption('new-energy');
      await page.getByLabel('Your enquiry is about').selectOption('site-visit');
      await page.getByLabel('Your message').fill('We need about 20,000 m² of factory space in 2027.');
      await page.getByRole('button', { name: 'Prepare enquiry email' }).click();
      await expect(summary.locator('li')).toHaveCount(1);
      await expect(summary).toContainText('valid email');
      await expect(page.getByLabel('Your name')).not.toHaveAttribute('aria-invalid', 'true');

      await page.getByRole('textbox', { name: 'Email', exact: true }).fill('tm.chan@acme.example');
      await page.getByRole('button', { name: 'Prepare enquiry email' }).click();
      await expect(summary).toBeHidden();
      const link = page.locator('[data-mailto]');
      await expect(link).toBeVisible();
      const href = (await link.getAttribute('href'))!;
      expect(href.startsWith(`mailto:${CONTACT.email.value}?`)).toBe(true);
      const query = new URLSearchParams(href.slice(href.indexOf('?') + 1));
      expect(query.get('subject')).toContain('Acme Precision & Co');
      const body = query.get('body')!;
      for (const text of ['Chan Tai Man', 'Acme Precision & Co', 'tm.chan@acme.example', 'New energy', 'Visiting a site', 'We need about 20,000 m² of factory space in 2027.']) {
        expect(body).toContain(text);
      }
      await expect(page.locator('[data-enquiry-result]')).toBeFocused();
      expectClean(problems);
    });
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the form is a mailto form with required fields marked', async ({ page }) => {
      test.skip(CONTACT.enquiryEndpoint !== '', 'an endpoint is configured');
      await gotoOk(page, 'zh-cn/contact/');
      const form = page.locator('[data-enquiry-form]');
      await expect(form).toHaveAttribute('action', new RegExp(`^mailto:${CONTACT.email.value.replace('.', '\\.')}\\?subject=`));
      await expect(form).toHaveAttribute('enctype', 'text/plain');
      for (const name of ['name', 'company', 'email', 'message']) {
        await expect(form.locator(`[name="${name}"]`)).toHaveAttribute('required', '');
      }
      await expect(form.locator('label', { hasText: '*' })).toHaveCount(4);
    });
  });
});

test.describe('robots and sitemap', () => {
  test('robots.txt allows all and names the sitemap by its full URL', async ({ request }) => {
    const text = await (await request.get('robots.txt')).text();
    expect(text).toMatch(/^User-agent: \*$/m);
    expect(text).toMatch(/^Allow: \/$/m);
    const sitemap = text.match(/^Sitemap: (\S+)$/m)?.[1];
    expect(new URL(sitemap!).pathname).toBe(`${BASE}sitemap-index.xml`);
  });

  test('the sitemap carries hreflang alternates for every edition and x-default', () => {
    const xml = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    const policy = entries('policies', 'en')[0]!.slug;
    const block = xml.split('<url>').find((url) => url.includes(`/en/policies/${policy}/</loc>`))!;
    expect(block).toBeTruthy();
    const links = [...block.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map((m) => [m[1], new URL(m[2]!).pathname]);
    expect(links).toEqual([
      ...LOCALE_KEYS.map((key) => [localeSpec(key).lang, `${BASE}${key}/policies/${policy}/`]),
      ['x-default', BASE],
    ]);
  });
});

test.describe('at phone width', () => {
  test.use({ viewport: { width: 360, height: 780 } });
  const policy = entries('policies', 'en')[0]!.slug;
  const news = entries('news', 'en')[0]!.slug;
  const paths = ['policies/', `policies/${policy}/`, 'news/', `news/${news}/`, 'news/tags/transport/', 'contact/', 'sources/'];
  for (const locale of LOCALES) {
    for (const path of paths) {
      test(`/${locale}/${path} fits 360 px and passes axe there`, async ({ page }) => {
        await gotoOk(page, `${locale}/${path}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, 'horizontal overflow').toBeLessThanOrEqual(0);
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    }
  }
});
