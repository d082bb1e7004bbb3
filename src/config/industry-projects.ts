/**
 * What the industries page says about Changping's own industry beyond the clusters: the focus directions as each
 * source states them, with the source's date (they differ between sources), and the companies and projects an
 * official page names in Changping, with their key figures. Pages of other sites that describe the same companies
 * without naming the town are deliberately not joined here.
 */
import type { Localized } from '~/i18n/locales';
import { withEditions } from '~/i18n/convert/editions';

export interface FocusStatement {
  id: string;
  /** The date as the source gives it, or `undated`. */
  date: string | 'undated';
  /** The directions, as the source words them. */
  directions: Localized;
  source: string;
}

export const FOCUS_STATEMENTS = withEditions<FocusStatement[]>([
  {
    id: 'focus-2023-02',
    date: '2023-02',
    directions: {
      'zh-cn': '新一代电子信息、高端装备制造、新能源（“科技创新+先进制造”）',
      en: 'New-generation electronic information, high-end equipment manufacturing, new energy (“technological innovation + advanced manufacturing”)',
    },
    source: 'nanfangplus-2023-02-changping',
  },
  {
    id: 'focus-gdii',
    date: 'undated',
    directions: {
      'zh-cn': '半导体及集成电路、高端精密制造、新能源汽车三大产业方向（“制造业立镇、强镇”）',
      en: 'Three directions: semiconductors and integrated circuits, high-end precision manufacturing, new-energy vehicles (“building the town on manufacturing”)',
    },
    source: 'gdii-changping-investment',
  },
]);

export interface NamedProject {
  id: string;
  name: Localized;
  /** What the source says about it. */
  text: Localized;
  /** Key figures about it (src/content/figures/figures.yaml). */
  figures: string[];
  source: string;
}

export const NAMED_PROJECTS = withEditions<NamedProject[]>([
  {
    id: 'biaopu',
    name: { 'zh-cn': '标谱半导体智能装备生产中心', en: 'Biaopu Semiconductor smart-equipment production centre' },
    text: {
      'zh-cn': '东莞市重大项目，位于土塘村，研发、生产和销售半导体自动化设备。投资方深圳市标谱半导体股份有限公司（董事长庹昌川）是国内LED分选机和自动编带机的龙头企业。',
      en: 'A Dongguan major project in Tutang village, developing, making and selling semiconductor automation equipment. The investor, Shenzhen Biaopu Semiconductor Co., Ltd. (chairman Tuo Changchuan), leads China’s market for LED sorters and auto-packing machines.',
    },
    figures: ['biaopu-investment', 'biaopu-site-area', 'biaopu-floor-space', 'biaopu-expected-output'],
    source: 'gdii-changping-investment',
  },
  {
    id: 'strategic-emerging',
    name: { 'zh-cn': '山水音响、乐生智能及山水智能终端产品制造基地', en: 'Shanshui Audio, Lesheng Intelligent and the Shanshui smart-terminal manufacturing base' },
    text: {
      'zh-cn': '常平山水智能终端产品制造基地项目已奠基；山水音响、标谱半导体、乐生智能3个战略性新兴产业项目落地。',
      en: 'The Changping Shanshui smart-terminal manufacturing base has broken ground; Shanshui Audio, Biaopu Semiconductor and Lesheng Intelligent are three strategic emerging-industry projects that have landed.',
    },
    figures: [],
    source: 'gdii-changping-investment',
  },
  {
    id: 'brought-in',
    name: { 'zh-cn': '同泓金属、康迪智能等', en: 'Tonghong Metal, Kangdi Intelligent and others' },
    text: {
      'zh-cn': '引进的一批产业项目中点名了同泓金属和康迪智能。',
      en: 'Named among a group of industrial projects brought in.',
    },
    figures: [],
    source: 'gdii-changping-investment',
  },
  {
    id: 'capital-increase',
    name: { 'zh-cn': '译码半导体、壹健制造、晶苑毛织等增资扩产', en: 'Capital increases: Yima Semiconductor, Yijian Manufacturing, Jingyuan Knitting and others' },
    text: {
      'zh-cn': '6个超亿元增资扩产项目中点名的三家企业。',
      en: 'Three of the companies named among six capital-increase projects of over 100 million yuan each.',
    },
    figures: ['capital-increase-projects-undated'],
    source: 'gdii-changping-investment',
  },
]);

/** The town's investment results on the same page (its year is not shown). */
export const INVESTMENT_FIGURES = ['domestic-contracted-investment-undated', 'domestic-actual-investment-undated'];
