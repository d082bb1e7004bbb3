/**
 * The sponsor and filing details (src/config/government-footer.ts) are in the footer of every page of the built
 * site, in the page's language, with the filing numbers linking to the filing systems and one example badge for
 * the block while values are examples.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GOVERNMENT_FOOTER } from '../../src/config/government-footer';
import { hasExampleValue } from '../../src/model/government-footer';
import { gotoOk, test, expect } from './support/guard';
import { DIST, localeOf, sitemapPaths } from './support/site';
import { convertText } from '../../src/i18n/convert/convert';

/** The text of the footer block in a built page, tags removed. */
function footerBlock(path: string): { html: string; text: string } {
  const page = readFileSync(join(DIST, path.endsWith('.html') ? path : join(path, 'index.html')), 'utf8');
  const html = /<section[^>]*data-government-footer[\s\S]*?<\/section>/.exec(page)?.[0];
  expect(html, `/${path} has the government footer`).toBeTruthy();
  return { html: html!, text: html!.replace(/<[^>]+>/g, '') };
}

test('every page carries the sponsor and filing details from the one configuration, in its language', () => {
  const paths = [...sitemapPaths(), '404.html'];
  expect(paths.length).toBeGreaterThan(20);
  for (const path of paths) {
    const locale = localeOf(path) ?? 'zh-cn';
    const { html, text } = footerBlock(path);
    expect(text, path).toContain(GOVERNMENT_FOOTER.sponsor.value[locale]);
    if (GOVERNMENT_FOOTER.operator) expect(text, path).toContain(GOVERNMENT_FOOTER.operator.value[locale]);
    expect(text, path).toContain(GOVERNMENT_FOOTER.siteCode.value);
    expect(html, path).toMatch(new RegExp(`href="https://beian\\.miit\\.gov\\.cn/"[^>]*>${GOVERNMENT_FOOTER.icp.value}<`));
    expect(html, path).toMatch(new RegExp(`href="https://beian\\.mps\\.gov\\.cn/[^"]*"[^>]*>${GOVERNMENT_FOOTER.publicSecurity.value}<`));
    expect(text, path).toContain(locale === 'en' ? 'ICP filing' : convertText('ICP备案号', locale));
    expect((html.match(/data-example-badge/g) ?? []).length, `${path}: one badge for the block`).toBe(hasExampleValue(GOVERNMENT_FOOTER) ? 1 : 0);
  }
});

test('the footer shows the details to visitors, labelled, with working links out to the filing systems', async ({ page }) => {
  await gotoOk(page, 'en/');
  const block = page.getByRole('region', { name: 'Website filing details' });
  await expect(block).toBeVisible();
  await expect(block.getByText(`Sponsor: ${GOVERNMENT_FOOTER.sponsor.value.en}`)).toBeVisible();
  await expect(block.getByRole('link', { name: GOVERNMENT_FOOTER.icp.value })).toHaveAttribute('href', 'https://beian.miit.gov.cn/');
  await gotoOk(page, 'zh-cn/policies/');
  await expect(page.getByRole('region', { name: '网站备案信息' }).getByText(`主办单位：${GOVERNMENT_FOOTER.sponsor.value['zh-cn']}`)).toBeVisible();
});
