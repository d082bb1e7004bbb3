/** The policy pages: status and original from the frontmatter, the filter with and without JavaScript, deep links. */
import { policyStatus } from '../../src/model/policies/status';
import { matchesFilter } from '../../src/model/policies/filter';
import { expectClean, gotoOk, test, expect } from './support/guard';
import { day, entries, field } from './support/content';
import { LOCALE_KEYS } from '../../src/i18n/locales';
import { BASE } from './support/site';

test.describe('policy pages', () => {
  for (const locale of LOCALE_KEYS) {
    for (const { slug, markdown } of entries('policies', locale)) {
      test(`/${locale}/policies/${slug}/ shows its link for what it is, sources, status and replacement`, async ({ page, problems }) => {
        await gotoOk(page, `${locale}/policies/${slug}/`);
        const kind = field(markdown, 'urlKind')!;
        const original = page.locator('[data-original-link]');
        await expect(original).toHaveAttribute('data-link-kind', kind);
        await expect(original.locator('a')).toHaveAttribute('href', field(markdown, 'url')!);
        // "Read the original" is offered only for the document itself; a report or a copy says what it is.
        const ui = (await import(`../../src/i18n/ui/${locale}.ts`)).default as Record<string, string>;
        await expect(original.locator('a')).toHaveText(ui[`policies.link.${kind}`]!);
        await expect(page.locator('[data-sources] li').first()).toBeVisible();
        const facts = page.locator('[data-policy-facts]');
        await expect(facts).toContainText(field(markdown, 'issuer')!);
        const docNumber = field(markdown, 'docNumber');
        if (docNumber) await expect(facts).toContainText(docNumber);
        // A date known only to a month or year is never shown as a day.
        const precision = field(markdown, 'issuedPrecision') ?? 'day';
        const issued = field(markdown, 'issued')!;
        await expect(facts.locator(`time[data-precision="${precision}"]`).first()).toHaveAttribute(
          'datetime',
          issued.slice(0, { year: 4, month: 7, day: 10 }[precision]),
        );

        const asOf = await facts.locator('[data-status-date]').getAttribute('data-status-date');
        const expected = policyStatus(
          {
            issued: day(issued)!,
            issuedPrecision: precision as 'year' | 'month' | 'day',
            effective: day(field(markdown, 'effective')),
            expires: day(field(markdown, 'expires')),
            status: field(markdown, 'status') as 'in-force' | 'expired' | 'superseded' | undefined,
          },
          new Date(`${asOf}T12:00:00+08:00`),
        );
        await expect(facts.locator('[data-policy-status]')).toHaveAttribute('data-policy-status', expected);
        await expect(facts.locator('[data-policy-status]')).toBeVisible();
        for (const heading of ['[data-policy-glance] h3']) await expect(page.locator(heading)).toHaveCount(3);

        const newer = field(markdown, 'supersededBy');
        await expect(page.locator('[data-superseded-by]')).toHaveCount(newer ? 1 : 0);
        if (newer) {
          await expect(page.locator(`[data-superseded-by="${newer}"] a`)).toHaveAttribute('href', `${BASE}${locale}/policies/${newer}/`);
        }
        const older = entries('policies', locale).filter((entry) => field(entry.markdown, 'supersededBy') === slug);
        await expect(page.locator('[data-supersedes]')).toHaveCount(older.length);
        expectClean(problems);
      });
    }
  }

  test('the 2023 Guangdong entry is replaced by the 2024 plan, which shows its rates and caps', async ({ page }) => {
    await gotoOk(page, 'en/policies/guangdong-foreign-investment-2023/');
    await expect(page.locator('[data-policy-facts] [data-policy-status]')).toHaveAttribute('data-policy-status', 'superseded');
    await page.locator('[data-superseded-by] a').click();
    await expect(page).toHaveURL(/\/en\/policies\/guangdong-foreign-investment-2024\/$/);
    await expect(page.locator('[data-policy-facts]')).toContainText('粤商务规字〔2024〕2号');
    const table = page.locator('.prose table');
    for (const text of ['up to 3%', '50 million yuan', '150 million yuan', '20 million yuan', '80 million yuan']) await expect(table).toContainText(text);
    await expect(page.locator('[data-supersedes="guangdong-foreign-investment-2023"]')).toBeVisible();
    await gotoOk(page, 'zh-cn/policies/guangdong-foreign-investment-2024/');
    await expect(page.locator('.prose table')).toContainText('1.5亿元');
  });
});

/** The level, type and status of each listed policy, read from the page. */
async function listed(page: import('@playwright/test').Page) {
  return page.locator('[data-policy]').evaluateAll((items) =>
    items.map((item) => ({
      level: (item as HTMLElement).dataset.level!,
      type: (item as HTMLElement).dataset.type!,
      status: (item as HTMLElement).dataset.status!,
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

  test('?status= and ?level= links pre-filter the list; replaced policies can be picked out', async ({ page }) => {
    for (const query of ['status=superseded', 'level=province', 'status=in-force&level=national']) {
      await gotoOk(page, `zh-cn/policies/?${query}`);
      const params = new URLSearchParams(query);
      const filter = { level: params.get('level') ?? '', type: '', status: params.get('status') ?? '' };
      await expect(page.locator('#filter-status')).toHaveValue(filter.status);
      await expect(page.locator('#filter-level')).toHaveValue(filter.level);
      const items = await listed(page);
      const expected = items.map((item) => matchesFilter(item, filter));
      expect(items.map((item) => item.visible)).toEqual(expected);
      await expect(page.locator('[data-filter-count]')).toHaveText(`显示 ${expected.filter(Boolean).length} / ${items.length} 项政策`);
      expect(new URL(page.url()).search).toBe(`?${query}`);
      expect(expected.some(Boolean), `${query} shows some policy`).toBe(true);
    }
    await gotoOk(page, 'en/policies/?status=superseded');
    await expect(page.locator('[data-policy]:visible [data-superseded-by="guangdong-foreign-investment-2024"]')).toBeVisible();
  });

  test('the list leads to the incentive finder', async ({ page }) => {
    await gotoOk(page, 'en/policies/');
    await page.locator('[data-finder-link]').click();
    await expect(page).toHaveURL(/\/en\/policies\/finder\/$/);
    await expect(page.locator('h1')).toHaveText('Incentive finder');
  });
});

test.describe('policy list without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('shows every policy and hides the filter, whatever the query', async ({ page }) => {
    for (const locale of LOCALE_KEYS) {
      await gotoOk(page, `${locale}/policies/?level=province&status=superseded`);
      const items = await listed(page);
      expect(items).toHaveLength(entries('policies', locale).length);
      expect(items.every((item) => item.visible)).toBe(true);
      await expect(page.locator('[data-filter-form]')).toBeHidden();
      await expect(page.locator('h1')).toHaveCount(1);
    }
  });
});
