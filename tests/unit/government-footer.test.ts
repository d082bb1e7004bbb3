import { describe, expect, it } from 'vitest';
import { GOVERNMENT_FOOTER, type GovernmentFooterConfig } from '../../src/config/government-footer';
import { withEditions } from '../../src/i18n/convert/editions';
import { governmentFooterProblems, hasExampleValue, publicSecurityHref } from '../../src/model/government-footer';

const real: GovernmentFooterConfig = {
  ...GOVERNMENT_FOOTER,
  siteCode: { value: '1234567890', isExample: false },
  icp: { value: '粤ICP备12345678号-1', isExample: false },
  publicSecurity: { value: '粤公网安备12345678901234号', isExample: false },
};

describe('the government footer configuration', () => {
  it('passes its own checks', () => {
    expect(governmentFooterProblems(GOVERNMENT_FOOTER)).toEqual([]);
  });

  it('never shows an invented filing number: until staff enter one, it is all zeros and flagged as an example', () => {
    for (const key of ['siteCode', 'icp', 'publicSecurity'] as const) {
      const item = GOVERNMENT_FOOTER[key];
      if (item.isExample) expect(item.value.replace(/\D/g, ''), key).toMatch(/^0+$/);
      else expect(item.value.replace(/\D/g, ''), `${key} is real: not a placeholder`).not.toMatch(/^0+$/);
    }
    expect(hasExampleValue(GOVERNMENT_FOOTER)).toBe(true);
    expect(hasExampleValue({ ...real, sponsor: { ...real.sponsor, isExample: false }, operator: undefined })).toBe(false);
  });

  it('accepts numbers in the issued formats and names the file and field of a wrong one, in both languages', () => {
    expect(governmentFooterProblems(real)).toEqual([]);
    const wrong = governmentFooterProblems({
      ...real,
      icp: { value: 'ICP 12345678', isExample: false },
      publicSecurity: { value: '粤公网安备123号', isExample: false },
      governmentMark: withEditions<GovernmentFooterConfig['governmentMark']>({ src: 'https://example.org/mark.png', href: 'http://x', alt: { 'zh-cn': '标识', en: 'Mark' } }),
    });
    expect(wrong).toHaveLength(4);
    expect(wrong[0]).toMatch(/^src\/config\/government-footer\.ts: icp: 格式不对.* \/ wrong format/);
    expect(wrong.join('\n')).toContain('publicSecurity');
    expect(wrong.join('\n')).toContain('governmentMark.src');
    expect(wrong.join('\n')).toContain('governmentMark.href');
  });

  it('links the public-security number to its record once it is real', () => {
    expect(publicSecurityHref(GOVERNMENT_FOOTER.publicSecurity)).toBe('https://beian.mps.gov.cn/');
    expect(publicSecurityHref(real.publicSecurity)).toBe('https://beian.mps.gov.cn/#/query/webSearch?code=12345678901234');
  });
});
