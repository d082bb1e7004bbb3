/**
 * The incentive finder at /<lang>/policies/finder/: answers in the URL (exactly the documented keys, shareable,
 * Back works), results worked out from the policies' own rules with rate, caps, estimate and source, near misses
 * that say why, every rule as a table without JavaScript, a lazily loaded island under the CSP, and axe.
 */
import AxeBuilder from '@axe-core/playwright';
import { parseMarkdown } from '../../scripts/lib/frontmatter';
import { LOCALE_KEYS, type Locale } from '../../src/i18n/locales';
import { entries } from './support/content';
import { expectClean, gotoOk, test, expect } from './support/guard';
import { BASE } from './support/site';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Every rule of every policy in a language, read from the Markdown files (the finder's own source of truth). */
function rulesIn(locale: string): string[] {
  return entries('policies', locale).flatMap(({ slug, markdown }) => {
    const rules = (parseMarkdown(markdown).data.rules ?? []) as { id: string }[];
    return rules.map((rule) => `${slug}/${rule.id}`);
  });
}

/** How the Guangdong 2024 high-tech rule's threshold and period cap read in the editions whose wording is checked. */
const WORDING: Partial<Record<Locale, { threshold: string; cap: string }>> = {
  en: { threshold: 'US$50 million or more', cap: 'at most 150 million yuan over the period' },
  'zh-cn': { threshold: '5000万美元及以上', cap: '执行期内累计最高1.5亿元' },
};

const result = (page: import('@playwright/test').Page, slug: string) => page.locator(`[data-finder-result="${slug}"]`);

test.describe('incentive finder, with JavaScript', () => {
  test('English: a foreign high-tech manufacturer with US$60 million gets the Guangdong 2024 rule, its caps and an estimate', async ({ page, problems }) => {
    await gotoOk(page, 'en/policies/finder/?investor=foreign&category=high-tech-manufacturing&foreignCapitalUsd=60000000&kind=new');
    await expect(page.locator('h1')).toHaveText('Incentive finder');
    await expect(page.locator('#finder-investor')).toHaveValue('foreign');
    await expect(page.locator('#finder-foreignCapitalUsd')).toHaveValue('60000000');

    const guangdong = result(page, 'guangdong-foreign-investment-2024');
    await expect(guangdong).toHaveAttribute('data-outcome', 'match');
    await expect(guangdong.locator('h4 a')).toHaveAttribute('href', `${BASE}en/policies/guangdong-foreign-investment-2024/`);
    await expect(guangdong.locator('[data-finder-rule-label]')).toHaveText('High-tech manufacturing');
    await expect(guangdong.locator('[data-finder-rate]')).toHaveText('up to 3% of the year’s actual foreign capital');
    await expect(guangdong.locator('[data-finder-cap]')).toHaveText('at most 50 million yuan a year; at most 150 million yuan over the period');
    await expect(guangdong.locator('[data-finder-estimate]')).toContainText('At most US$1.8 million (3% of US$60 million)');
    await expect(guangdong.locator('[data-finder-estimate]')).toContainText('does not convert');
    await expect(guangdong.locator('[data-finder-source] a')).toHaveText('press report');

    // The Dongguan measures match as well, and the national and HQ rules do not appear as matches.
    await expect(result(page, 'dongguan-foreign-investment-2024')).toHaveAttribute('data-outcome', 'match');
    await expect(result(page, 'dongguan-regional-headquarters-2023')).toHaveCount(0);
    await expect(result(page, 'guangdong-foreign-investment-2023'), 'a replaced policy is never offered').toHaveCount(0);
    // The tax measures need answers the visitor has not given yet.
    await expect(result(page, 'national-high-tech-enterprise-tax')).toHaveAttribute('data-outcome', 'possible');
    await expect(result(page, 'national-high-tech-enterprise-tax').locator('[data-finder-needs]')).toContainText('high-tech enterprise');
    await expect(page.locator('[data-finder-count]')).toHaveText(/^2 match, \d+ may apply, 0 nearly match$/);
    expectClean(problems);
  });

  test('English: below US$50 million the plan is a near miss that says why; changing an answer updates the URL and Back restores it', async ({ page, problems }) => {
    await gotoOk(page, 'en/policies/finder/?investor=foreign&category=high-tech-manufacturing&foreignCapitalUsd=30000000&kind=new');
    const guangdong = result(page, 'guangdong-foreign-investment-2024');
    await expect(guangdong).toHaveAttribute('data-outcome', 'near');
    await expect(guangdong.locator('[data-finder-why]')).toHaveText('Needs US$50 million or more of actual foreign capital in a year');
    await expect(guangdong.locator('[data-finder-estimate]')).toHaveCount(0);

    await page.getByLabel('New actual foreign capital this year (US$)').fill('80000000');
    await page.getByRole('button', { name: 'Show results' }).click();
    await expect(page).toHaveURL(/\?investor=foreign&category=high-tech-manufacturing&foreignCapitalUsd=80000000&kind=new$/);
    await expect(guangdong).toHaveAttribute('data-outcome', 'match');
    await expect(guangdong.locator('[data-finder-estimate]')).toContainText('US$2.4 million');

    await page.getByLabel('Project category').selectOption('high-tech-services');
    await expect(page).toHaveURL(/category=high-tech-services/);
    await expect(guangdong.locator('[data-finder-cap]')).toHaveText('at most 20 million yuan a year; at most 80 million yuan over the period');

    await page.goBack();
    await expect(page).toHaveURL(/category=high-tech-manufacturing&foreignCapitalUsd=80000000/);
    await expect(page.locator('#finder-category')).toHaveValue('high-tech-manufacturing');
    await expect(guangdong.locator('[data-finder-rate]')).toContainText('up to 3%');
    await page.goBack();
    await expect(page.locator('#finder-foreignCapitalUsd')).toHaveValue('30000000');
    await expect(guangdong).toHaveAttribute('data-outcome', 'near');

    await page.getByRole('button', { name: 'Clear answers' }).click();
    await expect(page).toHaveURL(/\/en\/policies\/finder\/$/);
    await expect(page.locator('[data-finder-result]')).toHaveCount(0);
    expectClean(problems);
  });

  test('English: a regional headquarters gets the one-off and the Dongguan 1–1.5% reward; exactly US$10 million is not "more than"', async ({ page }) => {
    await gotoOk(page, 'en/policies/finder/?investor=foreign&category=other&foreignCapitalUsd=10000000&kind=headquarters');
    const hq = result(page, 'dongguan-regional-headquarters-2023');
    await expect(hq).toHaveAttribute('data-outcome', 'near');
    await expect(hq.locator('[data-finder-why]')).toHaveText('Needs more than US$10 million of actual foreign capital in a year');
    const guangdong = result(page, 'guangdong-foreign-investment-2024');
    await expect(guangdong).toHaveAttribute('data-outcome', 'match');
    await expect(guangdong.locator('[data-finder-rule-label]')).toHaveText('Multinational headquarters');
    await expect(guangdong.locator('[data-finder-estimate]')).toHaveText('5 million yuan');
    await expect(guangdong.locator('[data-finder-rule-id="headquarters"]')).toContainText('not in this site');
  });

  test('Chinese: a small domestic firm sees the small low-profit relief with its arithmetic, and an unconfirmed amount is marked', async ({ page, problems }) => {
    await gotoOk(page, 'zh-cn/policies/finder/?investor=domestic&category=manufacturing&kind=new&highTech=yes&employees=120&taxableIncomeCny=2000000&assetsCny=30000000');
    await expect(page.locator('h1')).toHaveText('政策计算器');
    const small = result(page, 'national-small-low-profit-tax');
    await expect(small).toHaveAttribute('data-outcome', 'match');
    await expect(small.locator('[data-finder-rate]')).toHaveText('按25%计入应纳税所得额，适用20%的税率');
    await expect(small.locator('[data-finder-estimate]')).toHaveText('应纳企业所得税约10万元（200万元的5%，本站计算）');
    const highTech = result(page, 'national-high-tech-enterprise-tax');
    await expect(highTech.locator('[data-finder-estimate]')).toContainText('30万元');
    const reward = result(page, 'dongguan-new-industrialisation-2024');
    await expect(reward).toHaveAttribute('data-outcome', 'match');
    await expect(reward.locator('[data-unconfirmed]')).toContainText('待核实');
    await expect(result(page, 'guangdong-foreign-investment-2024'), 'domestic investors are ruled out, not near misses').toHaveCount(0);

    await page.getByLabel('从业人数').fill('350');
    await page.getByLabel('从业人数').press('Enter');
    await expect(page).toHaveURL(/employees=350/);
    await expect(small).toHaveAttribute('data-outcome', 'near');
    await expect(small.locator('[data-finder-why]')).toHaveText('需要从业人数不超过300人');
    expectClean(problems);
  });

  test('drops values that are not options, and loads its code only as a separate script under the CSP', async ({ page, problems }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await gotoOk(page, 'en/policies/finder/?investor=martian&category=high-tech-manufacturing&foreignCapitalUsd=lots');
    await expect(page.locator('[data-finder-form]')).toBeVisible();
    await expect(page.locator('#finder-investor')).toHaveValue('');
    await expect(page.locator('#finder-foreignCapitalUsd')).toHaveValue('');
    await expect(result(page, 'guangdong-foreign-investment-2024')).toHaveAttribute('data-outcome', 'possible');
    expect(scripts.length, 'the island arrives as its own script files').toBeGreaterThan(0);
    expect(await page.locator('script:not([src]):not([type="application/json"]):not([type="application/ld+json"])').evaluateAll((nodes) => nodes.map((n) => n.textContent!.length).filter((length) => length > 400))).toEqual([]);
    expectClean(problems);
  });

  for (const locale of LOCALE_KEYS) {
    test(`${locale}: axe-clean with results shown, at desktop and phone width`, async ({ page }) => {
      test.setTimeout(120_000);
      await gotoOk(page, `${locale}/policies/finder/?investor=foreign&category=manufacturing&foreignCapitalUsd=20000000&kind=capital-increase`);
      await expect(page.locator('[data-finder-result]').first()).toBeVisible();
      const desktop = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(desktop.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await page.setViewportSize({ width: 390, height: 844 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, 'horizontal overflow of the page (the table scrolls in its own box)').toBeLessThanOrEqual(0);
      const phone = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(phone.violations.map((v) => v.id)).toEqual([]);
    });
  }
});

test.describe('incentive finder without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const locale of LOCALE_KEYS) {
    test(`${locale}: shows every rule as a table, hides the form, and says why`, async ({ page }) => {
      await gotoOk(page, `${locale}/policies/finder/?investor=foreign`);
      await expect(page.locator('[data-finder-form]')).toBeHidden();
      await expect(page.locator('[data-finder-output]')).toBeHidden();
      await expect(page.locator('[data-finder-noscript]')).toBeVisible();
      const rows = await page.locator('[data-finder-rule]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-finder-rule')!));
      expect(rows.sort()).toEqual(rulesIn(locale).sort());
      const row = page.locator('[data-finder-rule="guangdong-foreign-investment-2024/high-tech-manufacturing"]');
      const wording = WORDING[locale];
      if (wording) {
        await expect(row).toContainText(wording.threshold);
        await expect(row).toContainText(wording.cap);
      }
      await expect(row.locator('a').first()).toHaveAttribute('href', `${BASE}${locale}/policies/guangdong-foreign-investment-2024/`);
      // Policies without rules (the replaced 2023 Guangdong entry among them) are listed, not dropped.
      await expect(page.locator('[data-finder-without-rules] a[href$="/policies/guangdong-foreign-investment-2023/"]')).toBeVisible();
      // axe needs JavaScript in the page, so the table is checked by the axe tests above, where it is shown too.
    });
  }
});
