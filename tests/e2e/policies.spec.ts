/** The policy pages: status and original from the frontmatter, the filter with and without JavaScript, deep links. */
import { policyStatus } from '../../src/model/policies/status';
import { matchesFilter } from '../../src/model/policies/filter';
import { expectClean, gotoOk, test, expect } from './support/guard';
import { day, entries, field } from './support/content';
import { LOCALE_KEYS } from '../../src/i18n/locales';

test.describe('policy pages', () => {
  for (const locale of LOCALE_KEYS) {
    for (const { slug, markdown } of entries('policies', locale)) {
      test(`/${locale}/policies/${slug}/ shows its original, sources and status`, async ({ page, problems }) => {
        await gotoOk(page, `${locale}/policies/${slug}/`);
        await expect(page.locator('[data-original-link] a')).toHaveAttribute('href', field(markdown, 'url')!);
        await expect(page.locator('[data-sources] li').first()).toBeVisible();
        const facts = page.locator('[data-policy-facts]');
        await expect(facts).toContainText(field(markdown, 'issuer')!);
        const docNumber = field(markdown, 'docNumber');
        if (docNumber) await expect(facts).toContainText(docNumber);

        const asOf = await facts.locator('[data-status-date]').getAttribute('data-status-date');
        const expected = policyStatus(
          {
            issued: day(field(markdown, 'issued'))!,
            effective: day(field(markdown, 'effective')),
            expires: day(field(markdown, 'expires')),
            status: field(markdown, 'status') as 'in-force' | 'expired' | 'superseded' | undefined,
          },
          new Date(`${asOf}T12:00:00+08:00`),
        );
        await expect(facts.locator('[data-policy-status]')).toHaveAttribute('data-policy-status', expected);
        await expect(facts.locator('[data-policy-status]')).toBeVisible();
        for (const heading of ['[data-policy-glance] h3']) await expect(page.locator(heading)).toHaveCount(3);
        expectClean(problems);
      });
    }
  }
});

/** The level, type and sectors of each listed policy, read from the page. */
async function listed(page: import('@playwright/test').Page) {
  return page.locator('[data-policy]').evaluateAll((items) =>
    items.map((item) => ({
      level: (item as HTMLElement).dataset.level!,
      type: (item as HTMLElement).dataset.type!,
      sectors: (item as HTMLElement).dataset.sectors!.split(' '),
      visible: !(item as HTMLElement).hidden && (item as HTMLElement).offsetParent !== null,
    })),
  );
}

test.describe('policy filter, with JavaScript', () => {
  test('choosing a level shows only matching policies, updates the URL and announces the count', async ({ page, problems }) => {
    await gotoOk(page, 'en/policies/');
    const all = await listed(page);
    expect(all.length).toBe(entries('policies', 'en').length);
    const level = 'province';
    const matching = all.filter((item) => item.level === level).length;
    expect(matching, 'the content has a province-level policy to filter for').toBeGreaterThan(0);

    await page.getByLabel('Level').selectOption(level);
    await expect(page).toHaveURL(new RegExp(`/en/policies/\\?level=${level}$`));
    const status = page.getByRole('status').filter({ hasText: 'Showing' });
    await expect(status).toHaveText(`Showing ${matching} of ${all.length} policies`);
    await expect(status).toHaveAttribute('aria-live', 'polite');
    const after = await listed(page);
    expect(after.filter((item) => item.visible).every((item) => item.level === level)).toBe(true);
    expect(after.filter((item) => item.visible)).toHaveLength(matching);

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(page).toHaveURL(/\/en\/policies\/$/);
    await expect(status).toHaveText(`Showing ${all.length} of ${all.length} policies`);
    expect((await listed(page)).every((item) => item.visible)).toBe(true);
    expectClean(problems);
  });

  test('?sector= and ?level= links pre-filter the list', async ({ page }) => {
    for (const query of ['sector=electronic-information', 'level=province', 'sector=electronic-information&level=city']) {
      await gotoOk(page, `zh-cn/policies/?${query}`);
      const params = new URLSearchParams(query);
      const filter = { level: params.get('level') ?? '', type: '', sector: params.get('sector') ?? '' };
      await expect(page.locator('#filter-sector')).toHaveValue(filter.sector);
      await expect(page.locator('#filter-level')).toHaveValue(filter.level);
      const items = await listed(page);
      const expected = items.map((item) => matchesFilter(item, filter));
      expect(items.map((item) => item.visible)).toEqual(expected);
      await expect(page.locator('[data-filter-count]')).toHaveText(`显示 ${expected.filter(Boolean).length} / ${items.length} 项政策`);
      expect(new URL(page.url()).search).toBe(`?${query}`);
    }
  });
});

test.describe('policy list without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('shows every policy and hides the filter, whatever the query', async ({ page }) => {
    for (const locale of LOCALE_KEYS) {
      await gotoOk(page, `${locale}/policies/?level=province&sector=new-energy`);
      const items = await listed(page);
      expect(items).toHaveLength(entries('policies', locale).length);
      expect(items.every((item) => item.visible)).toBe(true);
      await expect(page.locator('[data-filter-form]')).toBeHidden();
      await expect(page.locator('h1')).toHaveCount(1);
    }
  });
});
