/** The costs and workforce page, in every edition: in the navigation, every figure with its level, date and source. */
import { COST_FIGURES, COST_GROUPS } from '../../src/config/costs';
import { expectClean, gotoOk, test, expect } from './support/guard';
import { generatedFrom, LOCALE_KEYS, type Locale, type WrittenLocale } from '../../src/i18n/locales';
import { convertText } from '../../src/i18n/convert/convert';

/** What each written edition shows; a new one fails the type check here until its texts are added. */
const WRITTEN = {
  'zh-cn': { nav: '成本', wage: '2,080元/月', hourly: '19.8元/小时', city: '东莞全市', national: '全国', missing: /电价.*社保.*厂房租金/, avg: '105,062元/年' },
  en: { nav: 'Costs', wage: '2,080 yuan a month', hourly: '19.8 yuan an hour', city: 'Dongguan-wide', national: 'National', missing: /electricity.*social-insurance.*factory rent/, avg: '105,062 yuan a year' },
} as const satisfies Record<WrittenLocale, unknown>;

/** What `locale` shows: a generated edition (zh-hk) shows its source edition's texts, converted as the build does. */
function texts(locale: Locale): (typeof WRITTEN)[WrittenLocale] {
  const from = generatedFrom(locale);
  if (!from) return WRITTEN[locale as WrittenLocale];
  const convert = (value: string | RegExp) => (typeof value === 'string' ? convertText(value, locale) : new RegExp(convertText(value.source, locale)));
  return Object.fromEntries(Object.entries(WRITTEN[from as WrittenLocale]).map(([key, value]) => [key, convert(value)])) as never;
}

for (const locale of LOCALE_KEYS) {
  test(`/${locale}/costs/ is in the navigation and shows every cost figure with level, date and source`, async ({ page, problems }) => {
    const T = texts(locale);
    await gotoOk(page, `${locale}/`);
    const link = page.locator(`header a[href$="/${locale}/costs/"]`).first();
    await expect(link).toHaveText(T.nav);
    await gotoOk(page, `${locale}/costs/`);
    await expect(page.locator('[data-cost-group]')).toHaveCount(COST_GROUPS.length);
    for (const id of COST_FIGURES) {
      const card = page.locator(`[data-figure="${id}"]`);
      await expect(card, id).toHaveCount(1);
      await expect(card.locator('[data-level]'), id).toHaveCount(1);
      await expect(card.locator('time, [data-undated]'), id).toHaveCount(1);
      await expect(card.locator('.source-citation a'), id).toHaveCount(1);
    }
    await expect(page.locator('[data-figure="dongguan-minimum-wage-2025"]')).toContainText(T.wage);
    await expect(page.locator('[data-figure="dongguan-minimum-wage-2025"] time')).toHaveAttribute('datetime', '2025-03-01');
    await expect(page.locator('[data-figure="dongguan-minimum-wage-hourly-2025"]')).toContainText(T.hourly);
    await expect(page.locator('[data-figure="dongguan-wage-non-private-2024"]')).toContainText(T.avg);
    await expect(page.locator('[data-figure="dongguan-minimum-wage-2025"] [data-level]')).toHaveText(T.city);
    await expect(page.locator('[data-figure="income-tax-rate-high-tech"] [data-level]')).toHaveText(T.national);
    // The tax law's copy is undated: it says so rather than showing the day it was read.
    await expect(page.locator('[data-figure="income-tax-rate-high-tech"] [data-undated]')).toBeVisible();
    // The repost of the wage notice is cited as "via".
    await expect(page.locator('[data-figure="dongguan-minimum-wage-2025"] .source-citation')).toContainText(locale === 'en' ? 'via' : convertText('转引自', locale));
    await expect(page.locator('[data-not-sourced]')).toHaveText(T.missing);
    expectClean(problems);
  });
}
