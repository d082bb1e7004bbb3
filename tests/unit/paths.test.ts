import { describe, expect, it } from 'vitest';
import { alternatePaths, localePath, parseLocalePath, switchLocale, withBase } from '../../src/site/paths';

describe('paths', () => {
  it('builds locale paths with trailing slashes', () => {
    expect(localePath('en', '', '/')).toBe('/en/');
    expect(localePath('zh-cn', 'policies/', '/')).toBe('/zh-cn/policies/');
    expect(localePath('en', '/news/a', '/')).toBe('/en/news/a/');
  });

  it('honours a sub-path base', () => {
    expect(localePath('en', 'sites', '/changping/')).toBe('/changping/en/sites/');
    expect(withBase('data/figures.json', '/changping/')).toBe('/changping/data/figures.json');
    expect(withBase('', '/changping/')).toBe('/changping/');
    expect(withBase('', '/')).toBe('/');
  });

  it('parses and switches the locale of a path', () => {
    expect(parseLocalePath('/zh-cn/news/x/', '/')).toEqual({ locale: 'zh-cn', path: 'news/x' });
    expect(parseLocalePath('/changping/en/', '/changping/')).toEqual({ locale: 'en', path: '' });
    expect(parseLocalePath('/fr/x/', '/')).toBeUndefined();
    expect(switchLocale('/zh-cn/news/x/', 'en', '/')).toBe('/en/news/x/');
    expect(switchLocale('/changping/en/policies/', 'zh-cn', '/changping/')).toBe('/changping/zh-cn/policies/');
  });

  it('lists the alternates of a page', () => {
    expect(alternatePaths('transport', '/')).toEqual({ 'zh-cn': '/zh-cn/transport/', 'zh-hk': '/zh-hk/transport/', en: '/en/transport/' });
  });
});

import { prefixBase } from '../../src/build/markdown-base-links';

describe('prefixBase (links written in Markdown)', () => {
  it('prefixes root-relative links with a sub-path base, once', () => {
    expect(prefixBase('/en/policies/', '/changping/')).toBe('/changping/en/policies/');
    expect(prefixBase('/changping/en/', '/changping/')).toBe('/changping/en/');
  });
  it('leaves other links alone', () => {
    expect(prefixBase('/en/policies/', '/')).toBe('/en/policies/');
    expect(prefixBase('https://example.org/', '/changping/')).toBe('https://example.org/');
    expect(prefixBase('//cdn.example/x', '/changping/')).toBe('//cdn.example/x');
    expect(prefixBase('#top', '/changping/')).toBe('#top');
  });
});
