/**
 * The site served from a sub-path (run by `npm run test:subpath`, which builds with BASE=/changping/ into
 * dist-subpath/): every URL the build writes — in pages, styles, feeds, sitemaps, _headers, the editor's
 * configuration and search results — stays under the sub-path, and the pages load everything they need from it.
 * links.spec.ts runs on the same build and checks every href and src in the HTML resolves inside the base.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gotoOk, test, expect } from './support/guard';
import { BASE, DIST, sitemapPaths } from './support/site';

test.skip(BASE === '/', 'sub-path build only: npm run test:subpath');

function files(dir: string, test: (name: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === 'pagefind' ? [] : files(full, test);
    return test(name) ? [full] : [];
  });
}

/** The site's origin and base as the build wrote them into canonical URLs. */
function siteRoot(): URL {
  const html = readFileSync(join(DIST, 'en', 'index.html'), 'utf8');
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)![1]!;
  return new URL(BASE, canonical);
}

/** URLs on the site's own origin (absolute) or root-relative, that do not start with the base. */
function escapes(text: string, origin: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(
    /(?:href|src|action|content|poster)="([^"]*)"|url\(\s*['"]?([^'")]+)['"]?\s*\)|<(?:loc|link|guid)>([^<]+)</g,
  )) {
    const url = (match[1] ?? match[2] ?? match[3] ?? '').trim();
    const path = url.startsWith(origin) ? url.slice(origin.length) : url;
    if (!path.startsWith('/') || path.startsWith('//')) continue;
    if (!path.startsWith(BASE)) found.push(url);
  }
  for (const match of text.matchAll(/\ssrcset="([^"]*)"/g)) {
    for (const candidate of match[1]!.split(',')) {
      const url = candidate.trim().split(/\s+/)[0]!;
      if (url.startsWith('/') && !url.startsWith(BASE)) found.push(url);
    }
  }
  return found;
}

test('pages, styles, feeds, sitemaps and the editor configuration keep every URL under the base', () => {
  const { origin } = siteRoot();
  const escaped: string[] = [];
  const checked = files(DIST, (name) => /\.(html|css|xml|yml)$/.test(name));
  for (const file of checked) {
    for (const url of escapes(readFileSync(file, 'utf8'), origin)) escaped.push(`${relative(DIST, file)} → ${url}`);
  }
  expect(
    checked.some((file) => file.endsWith('.css')),
    'styles checked',
  ).toBe(true);
  expect(
    checked.some((file) => /sitemap-0\.xml$/.test(file)),
    'sitemap checked',
  ).toBe(true);
  expect(escaped).toEqual([]);
});

test('canonical, hreflang, sitemap and feed entries are absolute URLs under SITE + BASE', () => {
  const root = siteRoot().href;
  const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  expect(locs.length).toBeGreaterThan(3);
  expect(locs.filter((loc) => !loc.startsWith(root))).toEqual([]);
  const index = readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8');
  expect([...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!).filter((loc) => !loc.startsWith(root))).toEqual(
    [],
  );
  for (const feed of files(DIST, (name) => name === 'rss.xml')) {
    const xml = readFileSync(feed, 'utf8');
    const links = [...xml.matchAll(/<(?:link|guid)[^>]*>([^<]+)<\/(?:link|guid)>/g)].map((m) => m[1]!.trim());
    expect(
      links.filter((link) => link.startsWith('http') && !link.startsWith(root)),
      relative(DIST, feed),
    ).toEqual([]);
  }
  const page = readFileSync(join(DIST, 'en', 'about', 'index.html'), 'utf8');
  expect(/<link rel="canonical" href="([^"]+)"/.exec(page)![1]).toBe(`${root}en/about/`);
});

test('_headers and the editor configuration name paths under the base', () => {
  const headers = readFileSync(join(DIST, '_headers'), 'utf8');
  const paths = headers.split('\n').filter((line) => line.startsWith('/'));
  expect(paths.length).toBeGreaterThan(0);
  expect(paths.filter((path) => !path.startsWith(BASE))).toEqual([]);
  const config = readFileSync(join(DIST, 'admin', 'config.yml'), 'utf8');
  expect(config).toContain(`site_url: ${siteRoot().href}`);
});

test('the language chooser and the home pages load everything from under the base', async ({ page, problems }) => {
  const missing: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) missing.push(`${response.status()} ${response.url()}`);
  });
  page.on('request', (request) => {
    const { pathname, origin } = new URL(request.url());
    if (origin === new URL(page.url() || 'http://x').origin && !pathname.startsWith(BASE))
      missing.push(`outside base: ${request.url()}`);
  });
  await page.goto('');
  await expect(page).toHaveURL(new RegExp(`${BASE}(zh-cn|en)/$`));
  for (const path of sitemapPaths().filter((p) => /^(zh-cn|en)\/[^/]*\/?$/.test(p))) await gotoOk(page, path);
  expect(missing).toEqual([]);
  expect(problems.consoleErrors).toEqual([]);
});

test('search results link to pages under the base', async ({ page }) => {
  const searchPage = sitemapPaths().find((path) => path === 'zh-cn/search/');
  test.skip(!searchPage, 'no search page in this build yet');
  await gotoOk(page, `${searchPage}?q=${encodeURIComponent('产业合作区')}`);
  await expect(page.locator('site-search')).toHaveAttribute('data-state', 'done');
  const results = page.locator('[data-search-results] h2 a');
  await expect(results.first()).toBeVisible();
  const hrefs = await results.evaluateAll((links) =>
    links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
  );
  expect(hrefs.length).toBeGreaterThan(0);
  expect(hrefs.filter((href) => !href.startsWith(BASE))).toEqual([]);
});
