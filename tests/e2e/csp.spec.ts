/**
 * The Content-Security-Policy holds on every page: each page is served with the headers from dist/_headers (as
 * Netlify or Cloudflare Pages would) on top of its own <meta> policy, and Chromium reports no violation — no
 * console error about the policy and no `securitypolicyviolation` event — after the page has loaded, and after a
 * search on the search page. Also checks that `_headers` carries every security header.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gotoOk, test, expect } from './support/guard';
import { watchPolicy } from './support/csp';
import { headersFor, readHeaderRules } from './support/headers';
import { BASE, DIST, sitemapPaths } from './support/site';

const rules = readHeaderRules();

test('_headers carries the security headers, and the policy forbids framing', () => {
  expect(existsSync(join(DIST, '_headers')), 'dist/_headers').toBe(true);
  const headers = headersFor(rules, `${BASE}en/`);
  for (const name of ['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy']) {
    expect(headers[name], name).toBeTruthy();
  }
  const policy = headers['Content-Security-Policy']!;
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("'wasm-unsafe-eval'");
  expect(policy, 'no other origin on the site pages').not.toMatch(/https?:\/\//);
  expect(headers['X-Content-Type-Options']).toBe('nosniff');
});

test('every page carries the policy in a <meta>', () => {
  const page = readFileSync(join(DIST, 'en', 'index.html'), 'utf8');
  expect(page).toMatch(/<meta http-equiv="content-security-policy" content="[^"]*default-src 'self'/);
});

for (const path of sitemapPaths()) {
  test(`no CSP violation on /${path}`, async ({ page }) => {
    const violations = await watchPolicy(page);
    await gotoOk(page, path);
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
  });
}

test('no CSP violation while searching (Pagefind: its index, WebAssembly and results)', async ({ page }) => {
  const searchPage = sitemapPaths().find((path) => path === 'zh-cn/search/');
  test.skip(!searchPage, 'no search page in this build yet');
  const violations = await watchPolicy(page);
  await gotoOk(page, `${searchPage}?q=${encodeURIComponent('产业合作区')}`);
  await expect(page.locator('site-search')).toHaveAttribute('data-state', 'done');
  await expect(page.locator('[data-search-results] h2 a').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(violations).toEqual([]);
});
