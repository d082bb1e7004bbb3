/**
 * The costs and workforce page (/<lang>/costs/): which key figures it shows, grouped under bilingual headings, and
 * the one line on what could not be sourced. The figures themselves, with their source, date and level, live in
 * src/content/figures/figures.yaml; this file only chooses and orders them. Staff edit it like a data file.
 */
import type { Localized } from '~/i18n/locales';
import { withEditions } from '~/i18n/convert/editions';

export interface CostGroup {
  /** Anchor of the group on the page (`#wages`). */
  id: string;
  /** The group's heading. */
  heading: Localized;
  /** One sentence under the heading: what the numbers cover and what they do not. */
  lead: Localized;
  /** Ids of key figures, in the order shown. */
  figures: string[];
}

export const COST_GROUPS = withEditions<CostGroup[]>([
  {
    id: 'wages',
    heading: { 'zh-cn': '最低工资和平均工资', en: 'Minimum and average wages' },
    lead: {
      'zh-cn': '东莞全市统一执行最低工资标准；平均工资为全市统计，没有常平一镇的数字。',
      en: 'One minimum wage applies across Dongguan; average wages are city-wide statistics, with no figure for Changping alone.',
    },
    figures: [
      'dongguan-minimum-wage-2025',
      'dongguan-minimum-wage-hourly-2025',
      'dongguan-minimum-wage-zhuhai-2025',
      'dongguan-wage-non-private-2024',
      'dongguan-wage-private-2024',
      'dongguan-wage-non-private-2023',
      'dongguan-wage-private-2023',
    ],
  },
  {
    id: 'population',
    heading: { 'zh-cn': '人口和劳动力', en: 'Population and labour pool' },
    lead: {
      'zh-cn': '劳动力人数没有找到来源；15—59岁人口比例和流动人口是最接近的指标。',
      en: 'No source gives a labour-force count; the share aged 15–59 and the floating population are the closest measures.',
    },
    figures: [
      'resident-population-2020',
      'resident-population-rank-2020',
      'registered-population-2019',
      'dongguan-population-2020',
      'dongguan-population-2023',
      'dongguan-working-age-share-2020',
      'dongguan-floating-population-2020',
      'dongguan-talent-stock-2018',
    ],
  },
  {
    id: 'tax',
    heading: { 'zh-cn': '企业所得税', en: 'Corporate income tax' },
    lead: {
      'zh-cn': '全国统一的优惠税率；具体资格以税务机关认定为准。',
      en: 'National reduced rates; eligibility is decided by the tax authorities.',
    },
    figures: ['income-tax-rate-high-tech', 'income-tax-rate-small-low-profit', 'small-low-profit-taxable-share-2023'],
  },
  {
    id: 'talent',
    heading: { 'zh-cn': '人才补贴', en: 'Talent subsidies' },
    lead: {
      'zh-cn': '东莞2023年9月公布的人才政策中的最高额度；申请条件以东莞市人社部门原文为准，尚未核实2023年后是否调整。',
      en: 'The maximum amounts in the talent policy Dongguan announced in September 2023; conditions are set by the city’s HR department, and later revisions have not been checked.',
    },
    figures: [
      'talent-housing-subsidy-top-2023',
      'talent-rent-subsidy-top-2023',
      'talent-living-subsidy-top-2023',
      'talent-employer-reward-top-2023',
    ],
  },
]);

/** What no reliable source gave, said in one line. */
export const NOT_SOURCED = withEditions<Localized>({
  'zh-cn': '工业电价和水价、现行社保缴费比例、东莞工业用地基准地价、东莞或常平的厂房租金、劳动力人数，以及常平镇自己的人才政策。',
  en: 'industrial electricity and water prices, current social-insurance rates, Dongguan’s industrial land benchmark price, a factory rent range for Dongguan or Changping, a labour-force count, and any talent programme of Changping’s own.',
});

/** Every figure id the page shows, for its citations and the tests. */
export const COST_FIGURES: string[] = COST_GROUPS.flatMap((group) => group.figures);
