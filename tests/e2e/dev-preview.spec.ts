/**
 * The dev preview staff use (`npm run dev`): a real `astro dev` server on a copy of the project (DEV_PORT, 4471
 * by default), started with two content problems in it — a news entry (both languages) with an unreadable date and
 * an MDX page citing an unknown figure. Each problem shows in the browser, in the page's language, with file, line,
 * field and what to do; the broken entry's page shows it in place of the page, every other page still renders (with
 * a panel naming the problem); when the files are fixed, the panel goes; and search works, from an index the dev
 * server builds.
 *
 * The problems are written before the server starts rather than while it runs: Astro 7.3's dev server reloads a
 * changed entry with a delay that varies with load, and now and then keeps the previous version of a page's routes
 * until the next save, which made a test of "save, then look at once" fail without anything of ours being wrong.
 * What follows a save here is this project's own code: the check reruns and the panel follows the files.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyProject } from '../../scripts/bench/fixture';
import { WRITTEN_LOCALES } from '../../src/i18n/locales';
import { expect, test } from './support/guard';

const PORT = Number(process.env.DEV_PORT ?? 4471);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const NEWS = 'src/content/news/%s/2023-02-06-delegation-to-shenzhen.md';
const ABOUT = 'src/content/pages/en/about.mdx';
const FIGURE = '<Figure id="hk-funded-firms-2020" />';

test.describe.configure({ mode: 'serial', timeout: 240_000 });

let root: string;
let server: ChildProcess;
let log = '';

const file = (path: string, lang = 'en') => join(root, path.replace('%s', lang));
const edit = (path: string, change: (text: string) => string, lang?: string) =>
  writeFileSync(file(path, lang), change(readFileSync(file(path, lang), 'utf8')));
const status = async (path: string) => (await fetch(`${ORIGIN}${path}`).catch(() => undefined))?.status;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  root = mkdtempSync(join(tmpdir(), 'dev-preview-'));
  copyProject(process.cwd(), root);
  for (const lang of WRITTEN_LOCALES) edit(NEWS, (text) => text.replace(/^date: .*$/m, 'date: someday'), lang);
  edit(ABOUT, (text) => text.replace(FIGURE, '<Figure id="no-such-figure" />'));
  server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(PORT)], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    detached: true,
  });
  server.stdout!.on('data', (chunk) => (log += chunk));
  server.stderr!.on('data', (chunk) => (log += chunk));
  await expect.poll(() => status('/en/'), { timeout: 180_000, intervals: [1_000] }).toBe(200);
  // The content check watches src/content once the watcher's first scan is over (saves before it go unseen).
  await expect.poll(() => /watching src\/content for changes/.test(log), { timeout: 120_000, intervals: [500] }).toBe(true);
});

test.afterAll(() => {
  if (process.env.DEV_PREVIEW_LOG) writeFileSync(process.env.DEV_PREVIEW_LOG, log);
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
  if (root) rmSync(root, { recursive: true, force: true });
});

test('a broken entry shows its problem on its page, in its language; other pages still render', async ({ page }) => {
  const broken = '/en/news/2023-02-06-delegation-to-shenzhen/';
  for (const lang of WRITTEN_LOCALES) expect(await status(broken.replace('/en/', `/${lang}/`))).toBe(404);

  await page.goto(`${ORIGIN}${broken}`);
  const problems = page.locator('[data-content-problems]');
  await expect(problems).toContainText('This page’s entry has problems');
  await expect(problems).toContainText('src/content/news/en/2023-02-06-delegation-to-shenzhen.md · line 8 · field date');
  await expect(problems.locator('[data-problem="invalid-field"] p').first()).toContainText('`date` must be a date written as YYYY-MM-DD');

  await page.goto(`${ORIGIN}/zh-cn/news/2023-02-06-delegation-to-shenzhen/`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(problems).toContainText('src/content/news/zh-cn/2023-02-06-delegation-to-shenzhen.md · 第 8 行');
  await expect(problems.locator('[data-problem] p').first()).toContainText('必须是');

  // Every other page renders, with the problems in a panel at its foot.
  const news = await page.goto(`${ORIGIN}/en/news/`);
  expect(news?.status()).toBe(200);
  // (The dev toolbar brings headings of its own: the page's is the one in <main>.)
  await expect(page.locator('main h1')).toHaveText('News');
  await expect(page.locator('details[data-content-problems]')).toContainText('2023-02-06-delegation-to-shenzhen.md');
  await expect(page.locator('details[data-content-problems]')).toContainText('about.mdx');
});

test('an unknown figure in an MDX component names the file, line and id; other pages render', async ({ page }) => {
  expect(await status('/en/about/')).toBe(500);
  await page.goto(`${ORIGIN}/en/about/`);
  const problems = page.locator('[data-content-problems]');
  await expect(problems).toContainText('src/content/pages/en/about.mdx · line 19 · field <Figure id>');
  await expect(problems).toContainText('figure "no-such-figure" is not in src/content/figures/figures.yaml');
  expect((await page.goto(`${ORIGIN}/zh-cn/about/`))?.status()).toBe(200);
  expect((await page.goto(`${ORIGIN}/en/`))?.status()).toBe(200);
  await expect(page.locator('[data-focus] a')).toHaveCount(4);
});

test('fixing the files clears the problems the page shows', async ({ page }) => {
  for (const lang of WRITTEN_LOCALES) edit(NEWS, (text) => text.replace(/^date: someday$/m, 'date: 2023-02-06'), lang);
  edit(ABOUT, (text) => text.replace('<Figure id="no-such-figure" />', FIGURE));
  await expect
    .poll(async () => {
      await page.goto(`${ORIGIN}/en/news/`);
      const panel = page.locator('[data-content-problems]');
      return (await panel.count()) ? await panel.textContent() : 'no problems shown';
    }, { timeout: 60_000, intervals: [1_000] })
    .toBe('no problems shown');
  expect(log).toMatch(/check:content: all content is in order/);
});

test('search works in the dev preview', async ({ page }) => {
  await expect.poll(() => status('/pagefind/pagefind-entry.json'), { timeout: 180_000, intervals: [2_000] }).toBe(200);
  await page.goto(`${ORIGIN}/en/search/?q=${encodeURIComponent('China–Europe freight train')}`);
  await expect(page.locator('site-search')).toHaveAttribute('data-state', 'done');
  const hrefs = await page.locator('[data-search-results] h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs).toContain('/en/industries/logistics/');
  expect(log).toMatch(/search index: \d+ pages/);
});
