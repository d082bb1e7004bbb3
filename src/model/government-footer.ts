/**
 * Checks and links for the government footer (src/config/government-footer.ts): the format of each filing number
 * once it is real, and where each one links.
 */
import type { GovernmentFooterConfig } from '../config/government-footer.ts';

export const CONFIG_FILE = 'src/config/government-footer.ts';
/** The MIIT ICP filing system: where visitors check an ICP number. */
export const ICP_LINK = 'https://beian.miit.gov.cn/';
/** The national public-security filing system for websites. */
export const PUBLIC_SECURITY_LINK = 'https://beian.mps.gov.cn/';

const FORMATS = {
  siteCode: { pattern: /^\d{10}$/, zh: '10 位数字', en: 'ten digits' },
  icp: { pattern: /^[\u4e00-\u9fa5]ICP备\d{8,10}号(-\d+)?$/, zh: '如 粤ICP备12345678号', en: 'like 粤ICP备12345678号' },
  publicSecurity: { pattern: /^[\u4e00-\u9fa5]公网安备 ?\d{14}号$/, zh: '如 粤公网安备44190002000000号', en: 'like 粤公网安备44190002000000号' },
} as const;

/** What is wrong with the configuration, one bilingual line per field naming the file and field; empty when fine. */
export function governmentFooterProblems(config: GovernmentFooterConfig): string[] {
  const problems: string[] = [];
  const say = (field: string, zh: string, en: string) => problems.push(`${CONFIG_FILE}: ${field}: ${zh} / ${en}`);
  for (const [field, format] of Object.entries(FORMATS) as [keyof typeof FORMATS, (typeof FORMATS)[keyof typeof FORMATS]][]) {
    const item = config[field];
    if (item.isExample) continue;
    if (!format.pattern.test(item.value.trim())) say(field, `格式不对，应为${format.zh}：${item.value}`, `wrong format, expected ${format.en}: ${item.value}`);
  }
  for (const [field, item] of [['sponsor', config.sponsor], ['operator', config.operator]] as const) {
    if (item && (!item.value['zh-cn'].trim() || !item.value.en.trim())) say(field, '中英文名称都要填写', 'needs a name in both languages');
  }
  const mark = config.governmentMark;
  if (mark) {
    if (!/^\/[^/]/.test(mark.src)) say('governmentMark.src', '图片须放在本站 public/ 中，以 / 开头', 'the image must be a file of this site in public/, starting with /');
    if (!mark.href.startsWith('https://')) say('governmentMark.href', '链接须以 https:// 开头', 'the link must start with https://');
  }
  return problems;
}

/** Where the public-security number links: its own record once real, the filing system while it is an example. */
export function publicSecurityHref(item: GovernmentFooterConfig['publicSecurity']): string {
  const code = item.value.replace(/\D/g, '');
  return item.isExample || !code ? PUBLIC_SECURITY_LINK : `${PUBLIC_SECURITY_LINK}#/query/webSearch?code=${code}`;
}

/** Whether any value is still an example (the footer then shows its one badge). */
export function hasExampleValue(config: GovernmentFooterConfig): boolean {
  return [config.sponsor, config.operator, config.siteCode, config.icp, config.publicSecurity].some((item) => item?.isExample);
}
