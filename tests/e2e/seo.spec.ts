/** robots.txt and the sitemap's hreflang alternates. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './support/guard';
import { BASE, DIST } from './support/site';
import { entries } from './support/content';
import { LOCALE_KEYS, localeSpec } from '../../src/i18n/locales';

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
