/**
 * The staff editor at /admin/: Sveltia CMS, bundled with the site, loads its generated configuration and offers
 * every collection, in both languages, without breaking the Content-Security-Policy or calling any other origin
 * (GitHub aside, which these tests stand in for with Sveltia's built-in test repository).
 */
import type { Page } from '@playwright/test';
import { expectClean, gotoOk, test, expect } from './support/guard';
import { watchPolicy } from './support/csp';
import { sitemapPaths } from './support/site';

/** Points the editor at Sveltia's in-browser test repository instead of GitHub. */
async function useTestRepository(page: Page) {
  await page.route(/admin\/config\.yml/, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(/^backend:\n(?: {2}.*\n)+/m, 'backend:\n  name: test-repo\n');
    await route.fulfill({ response, body });
  });
}

test('the sign-in page loads the bundled editor, with no policy violation and no other origin', async ({
  page,
  problems,
}) => {
  const violations = await watchPolicy(page);
  await page.route(/githubstatus\.com/, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{}' }),
  );
  await gotoOk(page, 'admin/');
  await expect(page.getByRole('button', { name: /GitHub/ })).toBeVisible({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  expect(violations).toEqual([]);
  expect(problems.foreignRequests.filter((url) => !/githubstatus\.com/.test(url))).toEqual([]);
});

test.describe('in a Chinese browser', () => {
  test.use({ locale: 'zh-CN' });

  test('offers every collection and a new news item in Chinese and English', async ({ page, problems }) => {
    const violations = await watchPolicy(page);
    await useTestRepository(page);
    await gotoOk(page, 'admin/');
    await page.getByRole('button', { name: /测试仓库|test repository/i }).click();
    for (const label of [
      '产业 · Industries',
      '政策 · Policies',
      '载体 · Sites',
      '新闻 · News',
      '单页 · Pages',
      '数据与来源 · Figures and sources',
    ]) {
      await expect(page.getByText(label, { exact: true }).first()).toBeVisible();
    }
    await page.getByText('新闻 · News', { exact: true }).first().click();
    await page.getByText('新建', { exact: true }).first().click();
    await expect(page.getByRole('button', { name: /中文/ }).first()).toBeVisible();
    await expect(page.getByRole('button', { name: /英语|English/ }).first()).toBeVisible();
    await expect(page.getByText('标题 · Title').first()).toBeVisible();
    await expect(page.getByText('图片说明 · Picture description').first()).toBeVisible();
    expect(violations).toEqual([]);
    expectClean(problems);
  });
});

test('is kept out of the sitemap', () => {
  expect(sitemapPaths().filter((path) => path.startsWith('admin'))).toEqual([]);
});
