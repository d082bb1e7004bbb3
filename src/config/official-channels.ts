/**
 * The official channels an investor can cite and use, shown first on the contact page: the town's own section of
 * the Dongguan government portal and the city's investment-promotion and enterprise-service channels. Each one
 * names the source that documents it; details a source does not give (phone numbers, street addresses) are left
 * out rather than guessed.
 */
import type { Localized } from '~/i18n/locales';
import { withEditions } from '~/i18n/convert/editions';

export interface OfficialChannel {
  /** Stable id, used as the list item's `data-channel`. */
  id: string;
  /** The channel's name. */
  name: Localized;
  /** What it is for, and what the source says about it (hours, scope), with the year where it matters. */
  description: Localized;
  /** Where to reach it: a web address or a phone number as the source gives it. */
  reach: { kind: 'web' | 'phone' | 'platform'; value: string };
  /** Id of the source (src/content/sources/sources.yaml) that documents the channel. */
  source: string;
}

export const OFFICIAL_CHANNELS = withEditions<OfficialChannel[]>([
  {
    id: 'town-portal',
    name: { 'zh-cn': '中国东莞常平镇栏目（东莞市政府门户网站）', en: 'Changping Town section of the Dongguan government portal' },
    description: {
      'zh-cn': '常平镇的官方网上栏目，发布镇内要闻和通知，是可以引用的常平官方渠道。',
      en: 'The town’s official web section, with its news and notices: the official Changping channel you can cite.',
    },
    reach: { kind: 'web', value: 'http://www.dg.gov.cn/cp/' },
    source: 'dg-gov-cp-2024-02-delegation',
  },
  {
    id: 'investment-bureau',
    name: { 'zh-cn': '东莞市投资促进局', en: 'Dongguan Investment Promotion Bureau' },
    description: {
      'zh-cn': '东莞市级招商机构，网站发布投资政策和投资指南（有英文版）。本站引用的页面没有给出它的电话或地址，请在其网站上查询。',
      en: 'The city’s investment-promotion body; its website carries investment policies and guides, in English too. The pages this site cites give no phone number or address for it: look them up on its website.',
    },
    reach: { kind: 'web', value: 'http://fipc.dg.gov.cn/' },
    source: 'dg-fipc-investment-policies',
  },
  {
    id: 'hotline-12345',
    name: { 'zh-cn': '东莞12345政务服务热线·企业服务专席', en: 'Dongguan 12345 government hotline, enterprise service line' },
    description: {
      'zh-cn': '2021年9月26日起试运行的企业服务专席，共20个座席，每周七天、每天8时至21时，解答涉企政策咨询，受理投诉举报（2021年的报道，时间可能已调整）。',
      en: 'Twenty seats for businesses, on trial since 26 September 2021, staffed seven days a week from 08:00 to 21:00 for policy questions and complaints (a 2021 report; the hours may have changed).',
    },
    reach: { kind: 'phone', value: '12345' },
    source: 'xkb-2021-12345-enterprise-line',
  },
  {
    id: 'qiguanjia',
    name: { 'zh-cn': '“企莞家”企业综合服务平台', en: '“Qiguanjia” enterprise service platform' },
    description: {
      'zh-cn': '东莞市2025年文件指定的惠企政策一站式查询平台。',
      en: 'Named in a 2025 city document as the one place to look up Dongguan’s business-support policies.',
    },
    reach: { kind: 'platform', value: '企莞家' },
    source: 'dg-gov-2025-06-qiguanjia',
  },
]);
