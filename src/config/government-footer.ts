/**
 * The filing and sponsor details a Chinese government website shows in its footer, on every page: the one place
 * staff enter them. Shown by src/components/layout/GovernmentFooter.astro in both languages.
 *
 * Rule: never invent a filing number. Until the site's own numbers are issued, each value keeps `isExample: true`
 * and an obviously fake value (all zeros); the footer then carries one "Example — staff to replace" badge for the
 * block. When the filings are done, staff enter the numbers exactly as issued and set `isExample: false`; the build
 * checks their format (src/model/government-footer.ts) and stops with a message naming the field if one is wrong.
 */
import type { ContactValue } from './contact';
import type { Localized } from '~/i18n/locales';
import { withEditions } from '~/i18n/convert/editions';

/** The optional 党政机关网站标识 (the red emblem of a Party or government website), as issued with the registration. */
export interface GovernmentMark {
  /** The image, copied into public/ (a path from the site root such as `/images/dzjg.png`: never another site). */
  src: string;
  /** Where the emblem links: the registration's own certificate page (https://). */
  href: string;
  /** What the image shows, in both languages. */
  alt: Localized;
}

export interface GovernmentFooterConfig {
  /** 主办单位: the body the site belongs to. */
  sponsor: ContactValue<Localized>;
  /** 承办单位: the office that runs the site for it, where it is a different body; leave out if there is none. */
  operator?: ContactValue<Localized> | undefined;
  /** 网站标识码: the ten-digit code of a registered government website. */
  siteCode: ContactValue<string>;
  /** ICP备案号, as issued by the MIIT filing system (粤ICP备12345678号, possibly with -1). Links to beian.miit.gov.cn. */
  icp: ContactValue<string>;
  /** 公网安备 number, as issued by the public-security filing system (粤公网安备 + 14 digits + 号). */
  publicSecurity: ContactValue<string>;
  /** 党政机关网站标识, if the site has one. */
  governmentMark?: GovernmentMark | undefined;
}

export const GOVERNMENT_FOOTER = withEditions<GovernmentFooterConfig>({
  sponsor: {
    value: { 'zh-cn': '东莞市常平镇人民政府', en: 'Changping Town People’s Government, Dongguan' },
    // Which body sponsors the site is for the town to confirm.
    isExample: true,
  },
  // 承办单位, where another office runs the site for the sponsor, for example:
  // operator: { value: { 'zh-cn': '（承办单位名称）', en: '(name of the operating office)' }, isExample: false },
  operator: undefined,
  siteCode: { value: '0000000000', isExample: true },
  icp: { value: '粤ICP备00000000号', isExample: true },
  publicSecurity: { value: '粤公网安备00000000000000号', isExample: true },
  governmentMark: undefined,
});
