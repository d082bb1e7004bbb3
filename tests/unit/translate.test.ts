import { describe, expect, it } from 'vitest';
import { createI18n, DICTIONARIES, interpolate, useTranslations } from '../../src/i18n/translate';
import { zhCn, type UiKey } from '../../src/i18n/ui/zh-cn';

describe('UI dictionaries', () => {
  it('translate a key in each language', () => {
    expect(useTranslations('zh-cn')('nav.policies')).toBe('政策');
    expect(useTranslations('en')('nav.policies')).toBe('Policies');
  });

  it('interpolate values', () => {
    expect(useTranslations('zh-cn')('date.asOfYear', { year: 2022 })).toBe('2022年');
  });

  it('fall back to the other language for a missing key, never to the key or an empty string', () => {
    const i18n = createI18n({ 'zh-cn': zhCn, en: { 'nav.home': 'Home' } });
    const t = useTranslations('en', i18n);
    expect(t('nav.home')).toBe('Home');
    expect(t('nav.policies')).toBe('政策');
  });

  it('fall back from Chinese to English too', () => {
    const i18n = createI18n({ 'zh-cn': { 'nav.home': '首页' }, en: { 'nav.policies': 'Policies' } });
    expect(useTranslations('zh-cn', i18n)('nav.policies')).toBe('Policies');
  });

  it('treat an empty string as missing', () => {
    const i18n = createI18n({ 'zh-cn': zhCn, en: { 'nav.policies': '' } });
    expect(useTranslations('en', i18n)('nav.policies')).toBe('政策');
  });

  it('English dictionary covers every key with a non-empty string', () => {
    const missing = (Object.keys(zhCn) as UiKey[]).filter((key) => !DICTIONARIES.en[key]);
    expect(missing).toEqual([]);
  });
});

describe('interpolation', () => {
  // The site puts values into remembered templates itself; it must give what i18next gives for the same call.
  const cases: [string, Record<string, string | number>][] = [
    ['a {{n}} b {{n}}', { n: 3 }],
    ['a {{n}} b', {}],
    ['{{a}}{{b}}', { a: '{{b}}', b: 'z' }],
    ['第 {{ n }} 页', { n: 12 }],
    ['{{x}} costs $&', { x: '$1' }],
    ['no placeholders', { n: 1 }],
    ['a {{n}} b', { n: undefined as unknown as string }],
    ['a {{n}} b', { n: null as unknown as string }],
  ];
  it('gives what i18next gives for every key of every dictionary, with its placeholders filled', () => {
    const i18n = createI18n(DICTIONARIES);
    for (const locale of Object.keys(DICTIONARIES) as (keyof typeof DICTIONARIES)[]) {
      const viaI18next = i18n.getFixedT(locale);
      const t = useTranslations(locale);
      for (const [key, text] of Object.entries(DICTIONARIES[locale])) {
        const names = [...String(text).matchAll(/\{\{\s*([\w.-]+)\s*\}\}/g)].map((m) => m[1]!);
        const values = Object.fromEntries(names.map((name, i) => [name, i % 2 ? 7 : `«${name}»`]));
        expect(t(key as UiKey, values), `${locale} ${key}`).toBe(viaI18next(key, values));
      }
    }
  });

  it('has no i18next plural or nesting keys, which the site does not put in itself', () => {
    // Plurals are spelt out as keys of their own (`search.resultCount.one` / `.other`), never i18next's `_one` /
    // `_other` suffixes, and no text nests another with $t(…) or uses a format: {{n, number}}.
    for (const dictionary of Object.values(DICTIONARIES)) {
      for (const [key, text] of Object.entries(dictionary)) {
        expect(key, key).not.toMatch(/_(zero|one|two|few|many|other)$/);
        expect(String(text), key).not.toMatch(/\$t\(|\{\{-|\{\{[^}]*,/);
      }
    }
  });

  it.each(cases)('%s matches i18next', (template, values) => {
    const i18n = createI18n({ 'zh-cn': { 'nav.home': template } as never, en: { 'nav.home': template } as never });
    const viaI18next = i18n.getFixedT('en')('nav.home', values);
    expect(interpolate(template, values)).toBe(viaI18next);
    expect(useTranslations('en', i18n)('nav.home', values)).toBe(viaI18next);
  });
});

describe('remembered translations', () => {
  it('gives the same text on repeated lookups, and interpolates values every time', () => {
    const zh = useTranslations('zh-cn');
    expect(zh('nav.policies')).toBe(zh('nav.policies'));
    expect(useTranslations('en')('nav.policies')).toBe('Policies');
    expect(zh('date.asOfYear', { year: 2022 })).toBe('2022年');
    expect(zh('date.asOfYear', { year: 2023 })).toBe('2023年');
  });
});
