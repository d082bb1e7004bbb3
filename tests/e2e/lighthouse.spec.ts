/**
 * Lighthouse 12.2.3 (desktop preset) on the home page, a news article, the policy list and the search page, in
 * both languages: accessibility, best practices and SEO must each score 100. The performance score is reported
 * by `npm run bench`, not asserted here (it is a timing). A page whose route does not exist in this checkout yet is
 * skipped with a note; once its route exists, a missing page fails.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { audit, startChrome, type Category, type LighthouseChrome } from '../../scripts/lib/lighthouse';
import { DIST, sitemapPaths } from './support/site';
import { LOCALE_KEYS } from '../../src/i18n/locales';

test.describe.configure({ mode: 'serial' });

const CATEGORIES: Category[] = ['accessibility', 'best-practices', 'seo'];
const pages = sitemapPaths();

/** Whether src/pages/[lang]/ has a route for this section (a folder or a file). */
const routeExists = (section: string) =>
  existsSync(join('src/pages/[lang]', section)) || existsSync(join('src/pages/[lang]', `${section}.astro`));

interface Target {
  name: string;
  path: string | undefined;
  /** The route the page comes from, for the "not built yet" skip. */
  section?: string;
}

const targets: Target[] = LOCALE_KEYS.flatMap((lang) => [
  { name: `${lang} home`, path: `${lang}/` },
  { name: `${lang} news article`, path: pages.find((p) => new RegExp(`^${lang}/news/(?!tags/|page/|\\d+/)[^/]+/$`).test(p)), section: 'news' },
  { name: `${lang} policies list`, path: `${lang}/policies/`, section: 'policies' },
  { name: `${lang} search`, path: `${lang}/search/`, section: 'search' },
]);

let chrome: LighthouseChrome | undefined;
test.beforeAll(async () => {
  chrome = await startChrome();
});
test.afterAll(async () => {
  await chrome?.close();
});

for (const target of targets) {
  test(`Lighthouse: ${target.name} scores 100 for accessibility, best practices and SEO`, async ({ baseURL }) => {
    test.setTimeout(90_000);
    const built = target.path !== undefined && existsSync(join(DIST, target.path, 'index.html'));
    if (!built && target.section && !routeExists(target.section)) {
      test.skip(true, `no src/pages/[lang]/${target.section} route in this checkout yet`);
      return;
    }
    expect(built, `${target.name}: /${target.path ?? `<${target.section}>`} is not in the build`).toBe(true);
    const result = await audit(chrome!.port, new URL(target.path!, baseURL).href, CATEGORIES, 'desktop');
    expect(result.runtimeError, 'Lighthouse runtime error').toBeUndefined();
    for (const category of CATEGORIES) {
      expect(result.scores[category], `${category} on /${target.path}; failing audits: ${result.failing[category]?.join('; ') || 'none'}`).toBe(100);
    }
  });
}
