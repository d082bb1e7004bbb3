import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import GovernmentFooter from '../../src/components/layout/GovernmentFooter.astro';
import { GOVERNMENT_FOOTER, type GovernmentFooterConfig } from '../../src/config/government-footer';
import { withEditions } from '../../src/i18n/convert/editions';

const render = async (props: Record<string, unknown>) => (await AstroContainer.create()).renderToString(GovernmentFooter, { props });

describe('the government footer', () => {
  it('shows every field from the configuration, labelled in Chinese, with one example badge for the block', async () => {
    const html = await render({ locale: 'zh-cn' });
    expect(html).toContain(`主办单位：${GOVERNMENT_FOOTER.sponsor.value['zh-cn']}`);
    if (GOVERNMENT_FOOTER.operator) expect(html).toContain(`承办单位：${GOVERNMENT_FOOTER.operator.value['zh-cn']}`);
    else expect(html).not.toContain('承办单位');
    expect(html).toContain(`网站标识码：${GOVERNMENT_FOOTER.siteCode.value}`);
    expect(html).toMatch(new RegExp(`ICP备案号：<a[^>]*href="https://beian.miit.gov.cn/"[^>]*>${GOVERNMENT_FOOTER.icp.value}</a>`));
    expect(html).toMatch(new RegExp(`公安机关备案号：<a[^>]*href="https://beian.mps.gov.cn/"[^>]*>${GOVERNMENT_FOOTER.publicSecurity.value}</a>`));
    expect(html.match(/data-example-badge/g)).toHaveLength(1);
  });

  it('is labelled in English on English pages; with real values it shows no badge, and the emblem when there is one', async () => {
    const real = withEditions<GovernmentFooterConfig>({
      sponsor: { value: { 'zh-cn': '某单位', en: 'Some office' }, isExample: false },
      siteCode: { value: '1234567890', isExample: false },
      icp: { value: '粤ICP备12345678号', isExample: false },
      publicSecurity: { value: '粤公网安备12345678901234号', isExample: false },
      governmentMark: { src: '/images/mark.png', href: 'https://example.gov.cn/cert', alt: { 'zh-cn': '党政机关', en: 'Government website' } },
    });
    const html = await render({ locale: 'en', config: real });
    expect(html).toContain('Sponsor: Some office');
    expect(html).not.toContain('Operated by');
    const operated = await render({ locale: 'en', config: { ...real, operator: withEditions<GovernmentFooterConfig['operator']>({ value: { 'zh-cn': '某中心', en: 'Some centre' }, isExample: false }) } });
    expect(operated).toContain('Operated by: Some centre');
    expect(html).toContain('Government website code: 1234567890');
    expect(html).toContain('ICP filing: <a');
    expect(html).toContain('code=12345678901234');
    expect(html).not.toContain('data-example-badge');
    expect(html).toMatch(/<a href="https:\/\/example.gov.cn\/cert"[^>]*data-government-mark[^>]*><img src="\/images\/mark.png" alt="Government website"/);
  });

  it('stops the build on a wrong number, naming the field', async () => {
    await expect(render({ locale: 'en', config: { ...GOVERNMENT_FOOTER, icp: { value: '12345', isExample: false } } })).rejects.toThrow(/government-footer\.ts: icp/);
  });
});
