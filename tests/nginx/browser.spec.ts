/**
 * Chromium against nginx serving the build: the policy nginx sends (no stand-in headers) lets every kind of page
 * and the staff editor run without one violation, and search works — Pagefind's index, WebAssembly and results.
 * A focused set: one page of each kind in each language; tests/e2e/csp.spec.ts covers every page.
 */
import { expectClean, gotoOk, test, expect } from '../e2e/support/guard';
import { watchPolicy } from '../e2e/support/csp';
import { sitemapPaths } from '../e2e/support/site';

/** One page per kind: the first path of each section and depth, in each language (`en/news/<item>/` once). */
function pagesOfEachKind(): string[] {
  const kinds = new Map<string, string>();
  for (const path of sitemapPaths()) {
    const parts = path.split('/').filter(Boolean);
    const kind = `${parts[0] ?? ''}/${parts[1] ?? ''}/${parts.length}`;
    if (!kinds.has(kind)) kinds.set(kind, path);
  }
  return [...kinds.values()];
}

for (const path of pagesOfEachKind()) {
  test(`no CSP violation on /${path} as nginx serves it`, async ({ page, problems }) => {
    const violations = await watchPolicy(page, { hostHeaders: false });
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
    expectClean(problems);
  });
}

for (const [lang, q, first] of [
  ['zh-cn', '产业合作区', '/zh-cn/cooperation-zone/'],
  ['en', 'cooperation zone', '/en/cooperation-zone/'],
] as const) {
  test(`search works through nginx (${lang}: “${q}”), with no policy violation`, async ({ page, problems }) => {
    const violations = await watchPolicy(page, { hostHeaders: false });
    await gotoOk(page, `${lang}/search/?q=${encodeURIComponent(q)}`);
    await expect(page.locator('site-search')).toHaveAttribute('data-state', 'done');
    const links = page.locator('[data-search-results] h2 a');
    await expect(links.first()).toBeVisible();
    expect(new URL((await links.first().getAttribute('href'))!, 'http://x').pathname).toBe(first);
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
    expectClean(problems);
  });
}

test('the staff editor loads under its own policy, with no violation', async ({ page }) => {
  const violations = await watchPolicy(page, { hostHeaders: false });
  await page.route(/githubstatus\.com/, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{}' }));
  await gotoOk(page, 'admin/');
  await expect(page.getByRole('button', { name: /GitHub|Gitea|GitLab/ })).toBeVisible({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  expect(violations).toEqual([]);
});

test('a missing page shows the 404 page in both languages, styled, with no violation', async ({ page }) => {
  const violations = await watchPolicy(page, { hostHeaders: false });
  const response = await page.goto('en/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: '页面不存在' })).toBeVisible();
  await expect(page.locator('link[rel="stylesheet"]').first()).toBeAttached();
  await page.waitForLoadState('networkidle');
  expect(violations).toEqual([]);
});
