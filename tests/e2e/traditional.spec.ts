/**
 * The generated editions (zh-hk) are written in Traditional characters throughout: no page, feed or search
 * string shows a Simplified-only character (tests/e2e/support/simplified.ts) outside an element marked as
 * another language (the switcher's “简体中文”). A conversion that silently failed would leave Simplified text
 * and fail here; the same check on the Simplified edition must find some, so the check itself is not empty.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectClean, gotoOk, test, expect } from './support/guard';
import { DIST, localeOf, sitemapPaths } from './support/site';
import { simplifiedIn } from './support/simplified';
import { GENERATED_LOCALES, generatedFrom, LOCALES, type Locale } from '../../src/i18n/locales';
import type { Page } from '@playwright/test';

/** The text a visitor reads or hears on the page in its own language: text, titles, labels, alternative text. */
async function ownText(page: Page, lang: string): Promise<string> {
  return page.evaluate((own) => {
    const mine = (element: Element | null) => (element?.closest('[lang]')?.getAttribute('lang') ?? own) === own;
    const parts: string[] = [document.title, document.querySelector('meta[name="description"]')?.getAttribute('content') ?? ''];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent && !parent.closest('script, style, template') && mine(parent)) parts.push(node.textContent ?? '');
    }
    for (const element of document.querySelectorAll('[aria-label], [alt], [title], [placeholder]')) {
      if (!mine(element)) continue;
      for (const name of ['aria-label', 'alt', 'title', 'placeholder']) parts.push(element.getAttribute(name) ?? '');
    }
    return parts.join('\n');
  }, lang);
}

const paths = sitemapPaths();

for (const locale of GENERATED_LOCALES) {
  const { lang } = LOCALES[locale];
  const pages = paths.filter((path) => localeOf(path) === locale);

  test(`${locale}: the edition has every page of ${generatedFrom(locale)}`, () => {
    const from = generatedFrom(locale)!;
    const neutral = (key: Locale) => paths.filter((path) => localeOf(path) === key).map((path) => path.slice(key.length)).sort();
    expect(pages.length).toBeGreaterThan(5);
    expect(neutral(locale)).toEqual(neutral(from));
  });

  for (const path of pages) {
    test(`${locale}: /${path} has no Simplified-only characters`, async ({ page, problems }) => {
      await gotoOk(page, path);
      const text = await ownText(page, lang);
      expect((text.match(/\p{Script=Han}/gu) ?? []).length, 'the page has Chinese text at all').toBeGreaterThan(20);
      expect(simplifiedIn(text)).toEqual([]);
      expectClean(problems);
    });
  }

  test(`${locale}: the news feed and the search strings are in Traditional characters`, () => {
    const feed = readFileSync(join(DIST, locale, 'news/rss.xml'), 'utf8');
    expect(feed).toContain(`<language>${lang}</language>`);
    expect(simplifiedIn(feed)).toEqual([]);
    expect(simplifiedIn(readFileSync(join(DIST, locale, 'search/strings.json'), 'utf8'))).toEqual([]);
  });

  test(`${locale}: the check finds Simplified text where there is some`, async ({ page }) => {
    const from = generatedFrom(locale)!;
    await gotoOk(page, `${from}/`);
    expect(simplifiedIn(await ownText(page, LOCALES[from].lang)).length).toBeGreaterThan(20);
  });
}
