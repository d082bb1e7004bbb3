/**
 * What the browser editor saves, the build accepts. Drives the real editor at /admin/ (Sveltia CMS, production
 * build) in "Work with Local Repository" mode: Chromium's origin-private file system stands in for the folder
 * picker and holds a copy of src/content. The test edits one existing entry of every collection, creates a news
 * item, saves each, reads the written files back, and then
 * - checks each edited file changed only in what was edited (as data: no `''`, no defaults added, keys in order,
 *   the text untouched), and
 * - runs `npm run check:content` on a copy of the project with the saved files: no errors.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { DEFAULT_LOCALE, WRITTEN_LOCALES } from '../../src/i18n/locales';
import { entryDiff } from './support/entry-diff';
import { expect, test } from './support/guard';
import { projectFiles, readRepository, seedRepository, stubFolderPicker } from './support/opfs';

/** What the editor reads and writes: the content, and the media folder of its configuration (none yet). */
const CONTENT = ['src/content'];

test.use({ locale: 'en-US', viewport: { width: 1400, height: 1000 } });

async function openLocalRepository(page: Page) {
  await page.route(/githubstatus\.com/, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{}' }),
  );
  await stubFolderPicker(page);
  await page.goto('robots.txt');
  await seedRepository(page, projectFiles('.', CONTENT));
  await page.goto('admin/');
  await page.getByRole('button', { name: /Local Repository/i }).click();
  await expect(page.getByRole('toolbar', { name: 'Global' })).toBeVisible({ timeout: 30_000 });
}

const editor = (page: Page) => page.getByRole('group', { name: 'Content Editor' });
const field = (page: Page, name: string) => editor(page).getByRole('textbox', { name, exact: true }).first();

async function open(page: Page, hash: string) {
  // The editor sometimes misses a hash change that arrives while it is still closing the previous entry.
  await expect(async () => {
    await page.goto(`admin/#/collections/${hash}`);
    await expect(editor(page)).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 30_000 });
}

async function save(page: Page) {
  await editor(page).getByRole('toolbar', { name: 'Primary' }).getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(/Entry (saved|created)/i).last()).toBeVisible();
  // The editor closes after saving; opening the next entry before it has gone would be lost.
  await expect(editor(page)).toBeHidden();
}

async function switchLocale(page: Page, locale: 'English' | 'Chinese (China)') {
  await editor(page).getByRole('radiogroup', { name: 'Switch Locale' }).first().getByRole('radio', { name: locale }).click();
}

const read = (path: string) => readFileSync(path, 'utf8');
/** The text after the frontmatter, without the blank lines around it. */
const bodyOf = (file: string) => file.replace(/^---\n[\s\S]*?\n---\n/, '').trim();
const EDITED = '（修订）';

test('edits of every collection and a new news item save as content the check accepts, changed only where edited', async ({
  page,
  problems,
}) => {
  test.setTimeout(180_000);
  page.setDefaultTimeout(15_000);
  await openLocalRepository(page);

  // One existing entry of each Markdown collection (and of the .mdx pages): its Chinese title.
  const EDITS = [
    { hash: 'news/entries/2023-02-06-delegation-to-shenzhen', file: 'news/zh-cn/2023-02-06-delegation-to-shenzhen.md' },
    { hash: 'policies/entries/dongguan-foreign-investment-2024', file: 'policies/zh-cn/dongguan-foreign-investment-2024.md' },
    { hash: 'sites/entries/hong-kong-city-tod', file: 'sites/zh-cn/hong-kong-city-tod.md' },
    { hash: 'industries/entries/logistics', file: 'industries/zh-cn/logistics.md' },
    { hash: 'pages/entries/transport', file: 'pages/zh-cn/transport.md' },
    { hash: 'pages_mdx/entries/cooperation-zone', file: 'pages/zh-cn/cooperation-zone.mdx' },
  ].map((edit) => ({ ...edit, file: `src/content/${edit.file}`, title: '' }));
  const ADDED_TEXT = '本段为编辑器测试新增的文字。';
  for (const edit of EDITS) {
    await open(page, edit.hash);
    const title = field(page, '标题 · Title');
    edit.title = `${await title.inputValue()}${EDITED}`;
    await title.fill(edit.title);
    if (edit.hash.startsWith('policies')) await field(page, '复核期限 · Review by').fill('2027-06-30');
    if (edit.file.endsWith('.mdx')) {
      // The components in the text survive an edit of the text around them.
      const body = editor(page).getByRole('textbox', { name: '正文（MDX） · Text (MDX)' }).first();
      await body.fill(`${await body.inputValue()}\n\n${ADDED_TEXT}`);
    }
    await save(page);
  }

  // The data files: a figure's value, a source's date.
  await open(page, 'data/entries/figures');
  await editor(page).getByRole('spinbutton', { name: '数值 · Value' }).first().fill('690');
  await save(page);
  await open(page, 'data/entries/sources');
  await field(page, '查阅日期 · Accessed').fill('2026-11-30');
  await save(page);

  // A new news item, in both languages.
  await open(page, 'news/new');
  await field(page, '标题 · Title').fill('常平镇举办投资环境说明会');
  await field(page, '摘要 · Summary').fill('常平镇向来访企业介绍产业载体、交通和政策，并安排实地参观。');
  await field(page, '日期 · Date').fill('2026-11-20');
  await editor(page).getByRole('textbox', { name: '正文 · Text' }).first().fill('常平镇向来访企业介绍了投资环境。');
  await expect(editor(page).getByRole('textbox', { name: '正文 · Text' }).first()).toContainText('常平镇向来访企业介绍了投资环境');
  await editor(page).getByRole('textbox', { name: 'Item Value' }).first().fill('nanfangplus-2023-02-changping');
  await editor(page).getByRole('textbox', { name: 'Item Value' }).last().fill('investment');
  await switchLocale(page, 'English');
  await field(page, '标题 · Title').fill('Changping presents its investment environment');
  await field(page, '摘要 · Summary').fill('Changping briefed visiting companies on its sites, transport links and policies, with a site visit.');
  await editor(page).getByRole('textbox', { name: '正文 · Text' }).first().fill('Changping briefed visiting companies.');
  await page.getByRole('textbox', { name: 'Slug', exact: true }).fill('2026-11-20-investment-briefing');
  await save(page);

  const saved = await readRepository(page);
  const original = Object.fromEntries(projectFiles('.', CONTENT).map((f) => [f.path, Buffer.from(f.base64, 'base64').toString()]));
  const changedFiles = Object.keys(saved).filter((path) => saved[path] !== original[path]).sort();
  // Each edit changed its own file(s) and nothing else: the title in Chinese, the policy's review date (a shared
  // field) in both languages, and the .mdx page's text only by the added paragraph, its components intact.
  for (const { file, title } of EDITS) {
    const isPolicy = file.includes('/policies/');
    const isMdx = file.endsWith('.mdx');
    const diff = entryDiff(original[file]!, saved[file]!);
    expect(diff, file).toEqual({ changed: isPolicy ? ['title', 'reviewBy'] : ['title'], bodyChanged: isMdx, orderKept: true });
    expect(parse(saved[file]!.split('---')[1]!).title).toBe(title);
    if (isMdx) expect(bodyOf(saved[file]!)).toBe(`${bodyOf(original[file]!)}\n\n${ADDED_TEXT}`);
    for (const other of WRITTEN_LOCALES.filter((lang) => lang !== DEFAULT_LOCALE).map((lang) => file.replace(`/${DEFAULT_LOCALE}/`, `/${lang}/`))) {
      expect(entryDiff(original[other]!, saved[other] ?? original[other]!), other).toEqual({
        changed: isPolicy ? ['reviewBy'] : [],
        bodyChanged: false,
        orderKept: true,
      });
    }
  }
  expect(entryDiff(original['src/content/figures/figures.yaml']!, saved['src/content/figures/figures.yaml']!, true).changed).toEqual(['[0].value']);
  expect(entryDiff(original['src/content/sources/sources.yaml']!, saved['src/content/sources/sources.yaml']!, true).changed).toEqual(['[0].accessed']);

  const created = WRITTEN_LOCALES.map((lang) => `src/content/news/${lang}/2026-11-20-investment-briefing.md`);
  for (const path of created) expect(saved[path], path).toBeTruthy();
  expect(saved[created[0]!]).not.toMatch(/: ''|: \[\]|: null|draft: false/);
  expect(changedFiles.filter((path) => !new RegExp(`/(${WRITTEN_LOCALES.join('|')})/`).test(path) || !path.includes('2026-11-20'))).toEqual(
    [...EDITS.flatMap(({ file }) => WRITTEN_LOCALES.map((lang) => file.replace(`/${DEFAULT_LOCALE}/`, `/${lang}/`))), 'src/content/figures/figures.yaml', 'src/content/sources/sources.yaml']
      .filter((path) => saved[path] !== original[path])
      .sort(),
  );

  // The saved files, in a copy of the project, pass the content check.
  const root = mkdtempSync(join(tmpdir(), 'editor-saves-'));
  try {
    cpSync('src/content', join(root, 'src/content'), { recursive: true });
    cpSync('public', join(root, 'public'), { recursive: true });
    for (const path of changedFiles) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), saved[path]!);
    }
    let output = '';
    try {
      output = execFileSync(process.execPath, ['scripts/check-content.ts'], {
        env: { ...process.env, CONTENT_ROOT: root },
        encoding: 'utf8',
      });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
      throw new Error(`check:content failed on the editor's saves:\n${output}`);
    }
    expect(output).toContain('all content is in order');
    expect(read(join(root, created[1]!))).toContain('Changping briefed visiting companies.');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  expect(problems.foreignRequests.filter((url) => !/githubstatus\.com/.test(url))).toEqual([]);
});
