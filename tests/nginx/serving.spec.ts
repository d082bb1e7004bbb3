/**
 * nginx serving the build with the generated configuration (playwright.nginx.config.ts starts it): the headers are
 * exactly those of dist/_headers (one policy, two outputs), missing pages get the bilingual 404 page with status 404,
 * directories without their trailing slash redirect permanently, HTML revalidates while hashed assets are kept a
 * year, text is compressed, and search, feeds and the editor get their MIME types.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { headersFor, readHeaderRules } from '../e2e/support/headers';
import { DIST } from '../e2e/support/site';

const rules = readHeaderRules();
const gzip = { 'Accept-Encoding': 'gzip' };
const firstFile = (dir: string, pattern: RegExp) => {
  const name = readdirSync(join(DIST, dir)).find((file) => pattern.test(file));
  if (!name) throw new Error(`no ${pattern} in ${DIST}/${dir}`);
  return `${dir}/${name}`;
};

for (const path of ['en/', 'zh-cn/policies/', '', 'admin/']) {
  test(`/${path} carries the headers of dist/_headers, policy included`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    const expected = headersFor(rules, `/${path}`);
    expect(Object.keys(expected).length, 'rules in dist/_headers').toBeGreaterThanOrEqual(5);
    for (const [name, value] of Object.entries(expected)) expect(response.headers()[name.toLowerCase()], name).toBe(value);
    expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers()['content-type']).toBe('text/html; charset=utf-8');
  });
}

test("the editor's policy is its own, the site's pages never get it", async ({ request }) => {
  const site = (await request.get('en/')).headers()['content-security-policy']!;
  const admin = (await request.get('admin/')).headers()['content-security-policy']!;
  expect(admin).not.toBe(site);
  expect(site).not.toMatch(/https?:\/\//);
  expect(admin).toContain("'unsafe-inline'");
});

test('a missing page gets the bilingual 404 page with status 404 and the security headers', async ({ request }) => {
  for (const path of ['no-such-page/', 'en/policies/no-such-policy/', 'zh-cn/missing.html']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(response.headers()['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers()['content-security-policy']).toContain("default-src 'self'");
    const body = await response.text();
    expect(body).toContain('页面不存在');
    expect(body).toContain('Page not found');
  }
});

test('a directory without its trailing slash redirects permanently, query kept', async ({ request }) => {
  for (const [path, target] of [
    ['en', '/en/'],
    ['zh-cn/policies', '/zh-cn/policies/'],
    ['en/search?q=zone', '/en/search/?q=zone'],
  ]) {
    const response = await request.get(path!, { maxRedirects: 0 });
    expect(response.status(), path).toBe(301);
    expect(response.headers()['location'], path).toBe(target);
  }
});

test('HTML, feeds and the search index revalidate; hashed /_astro/ files are kept a year', async ({ request }) => {
  for (const path of ['en/', 'zh-cn/news/rss.xml', 'pagefind/pagefind-entry.json', 'favicon.svg']) {
    expect((await request.get(path)).headers()['cache-control'], path).toBe('no-cache');
  }
  const css = firstFile('_astro', /\.css$/);
  const asset = await request.get(css);
  expect(asset.status()).toBe(200);
  expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  const etag = (await request.get('en/')).headers()['etag']!;
  expect((await request.get('en/', { headers: { 'If-None-Match': etag } })).status(), 'revalidation').toBe(304);
});

test('text is sent compressed; Pagefind files, compressed already, are not', async ({ request }) => {
  const js = firstFile('_astro', /\.js$/);
  for (const path of ['en/', firstFile('_astro', /\.css$/), js, 'data/figures.json', 'en/news/rss.xml', 'sitemap-0.xml']) {
    const response = await request.get(path, { headers: gzip });
    expect(response.headers()['content-encoding'], path).toBe('gzip');
    expect(response.headers()['vary'], path).toContain('Accept-Encoding');
  }
  const wasm = await request.get('pagefind/wasm.en.pagefind', { headers: gzip });
  expect(wasm.headers()['content-encoding']).toBeUndefined();
});

test('search, feeds, data and the editor get their MIME types', async ({ request }) => {
  const types: [string, string][] = [
    ['pagefind/wasm.en.pagefind', 'application/octet-stream'],
    [`pagefind/${readdirSync(join(DIST, 'pagefind')).find((f) => f.endsWith('.pf_meta'))}`, 'application/octet-stream'],
    ['pagefind/pagefind.js', 'application/javascript; charset=utf-8'],
    ['pagefind/pagefind-entry.json', 'application/json; charset=utf-8'],
    ['en/news/rss.xml', 'application/rss+xml; charset=utf-8'],
    ['zh-cn/news/rss.xml', 'application/rss+xml; charset=utf-8'],
    ['sitemap-index.xml', 'text/xml; charset=utf-8'],
    ['data/figures.csv', 'text/csv; charset=utf-8'],
    ['admin/config.yml', 'application/yaml; charset=utf-8'],
    ['favicon.svg', 'image/svg+xml; charset=utf-8'],
  ];
  // The editor's own code: ES modules, its fonts and its interface languages, copied from the package.
  const editor = readdirSync(join(DIST, 'admin')).find((name) => name.startsWith('sveltia-'));
  expect(editor, 'the editor folder in dist/admin/').toBeTruthy();
  types.push(
    [`admin/${editor}/sveltia-cms.mjs`, 'application/javascript; charset=utf-8'],
    [`admin/${editor}/chunks/react-dom.js`, 'application/javascript; charset=utf-8'],
    [`admin/${editor}/fonts/source-sans-3-latin-wght-normal.woff2`, 'font/woff2'],
  );
  const wasm = readdirSync(join(DIST, '_astro')).find((file) => file.endsWith('.wasm'));
  if (wasm) types.push([`_astro/${wasm}`, 'application/wasm']);
  for (const [path, type] of types) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type'], path).toBe(type);
  }
});

test('build notes for other hosts and hidden files are not served', async ({ request }) => {
  expect((await request.get('_headers')).status()).toBe(404);
  expect((await request.get('.git/config')).status()).toBe(404);
});
