import { describe, expect, it } from 'vitest';
import { siteRoot, sitemapLinks } from '../../src/build/sitemap-links';

describe('sitemap hreflang links', () => {
  const root = 'https://x.org/';

  it('gives every page every edition and the x-default chooser', () => {
    expect(sitemapLinks('https://x.org/en/policies/a/', root)).toEqual([
      { lang: 'zh-CN', url: 'https://x.org/zh-cn/policies/a/' },
      { lang: 'zh-HK', url: 'https://x.org/zh-hk/policies/a/' },
      { lang: 'en', url: 'https://x.org/en/policies/a/' },
      { lang: 'x-default', url: 'https://x.org/' },
    ]);
    expect(sitemapLinks('https://x.org/zh-cn/', root).map((link) => link.url)).toEqual([
      'https://x.org/zh-cn/',
      'https://x.org/zh-hk/',
      'https://x.org/en/',
      'https://x.org/',
    ]);
  });

  it('treats the root as the chooser with every edition as alternates', () => {
    expect(sitemapLinks('https://x.org/', root)).toHaveLength(4);
  });

  it('honours a sub-path base and ignores URLs that are not pages of a language', () => {
    const sub = siteRoot('https://x.org', '/changping/');
    expect(sub).toBe('https://x.org/changping/');
    expect(sitemapLinks('https://x.org/changping/en/news/', sub)[0]).toEqual({ lang: 'zh-CN', url: 'https://x.org/changping/zh-cn/news/' });
    expect(sitemapLinks('https://x.org/changping/data/figures.json', sub)).toEqual([]);
    expect(sitemapLinks('https://other.org/en/', sub)).toEqual([]);
    expect(siteRoot('https://x.org/', '/')).toBe('https://x.org/');
  });
});
