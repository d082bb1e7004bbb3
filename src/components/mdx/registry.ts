/**
 * The components staff can use in `.mdx` entries, with the props each takes. One list for the components map the
 * pages render with (src/components/mdx/index.ts), the content check that validates every `.mdx` body
 * (scripts/lib/content-check/mdx-check.ts) and the editor's guide (docs/editing.*.md, "Components in .mdx pages").
 * Plain TypeScript (no Astro imports) so the check can read it.
 */
import { POLICY_STATUSES } from '../../model/policies/status.ts';
import { POLICY_LEVELS, POLICY_TYPES, SECTORS, SITE_STATUSES } from '../../schemas/shared.ts';
import { homeSections } from '../../site/sections.ts';

export interface PropSpec {
  required?: boolean;
  /** The value names ids: one figure (`figure`), or a comma-separated list of figures (`figures`). */
  ref?: 'figure' | 'figures';
  /** The allowed values. */
  options?: readonly string[];
  /** The value is a comma-separated list, each item one of `options`. */
  list?: boolean;
}

export interface ComponentSpec {
  props: Record<string, PropSpec>;
  /** Whether text goes between the opening and closing tag. */
  children: boolean;
  /** One line in each language for the guide and for messages: what it shows. */
  purpose: { 'zh-cn': string; en: string };
  /** How it is written. */
  example: string;
}

export const CALLOUT_TYPES = ['note', 'important', 'example'] as const;

/** The sections `SectionLinks` can link to: those the sections table (src/site/sections.ts) introduces on the home page. */
export const SECTION_LINK_PATHS: readonly string[] = homeSections().map((section) => section.path);

export const MDX_COMPONENTS = {
  Figure: {
    props: { id: { required: true, ref: 'figure' } },
    children: false,
    purpose: { 'zh-cn': '在句子里显示一个关键数据，带来源和日期', en: 'one key figure inside a sentence, with its source and date' },
    example: '<Figure id="gdp-2023" />',
  },
  FigureGrid: {
    props: { ids: { required: true, ref: 'figures' } },
    children: false,
    purpose: { 'zh-cn': '一组关键数据卡片', en: 'a grid of key-figure cards' },
    example: '<FigureGrid ids="gdp-2023, industrial-output-2022" />',
  },
  FigureTable: {
    props: { ids: { required: true, ref: 'figures' }, caption: { required: true } },
    children: false,
    purpose: { 'zh-cn': '关键数据表格（数据、数值、日期、来源）', en: 'a table of key figures (figure, value, date, source)' },
    example: '<FigureTable ids="area-total, area-construction" caption="土地" />',
  },
  FigureChart: {
    props: { ids: { required: true, ref: 'figures' }, title: { required: true } },
    children: false,
    purpose: { 'zh-cn': '同一单位数据的条形图', en: 'a bar chart of figures in the same unit' },
    example: '<FigureChart ids="area-total, area-construction" title="全镇土地" />',
  },
  PolicyList: {
    props: { level: { options: POLICY_LEVELS }, type: { options: POLICY_TYPES }, sector: { options: SECTORS }, status: { options: POLICY_STATUSES } },
    children: false,
    purpose: { 'zh-cn': '按条件筛选的政策列表', en: 'the policies that match a filter' },
    example: '<PolicyList level="city" status="in-force" />',
  },
  SiteList: {
    props: { sector: { options: SECTORS }, status: { options: SITE_STATUSES } },
    children: false,
    purpose: { 'zh-cn': '按条件筛选的载体列表', en: 'the sites that match a filter' },
    example: '<SiteList sector="logistics" />',
  },
  Callout: {
    props: { type: { options: CALLOUT_TYPES }, title: {} },
    children: true,
    purpose: { 'zh-cn': '醒目的提示框（note 说明、important 重要、example 示例）', en: 'a highlighted box (note, important, example)' },
    example: '<Callout type="important">\n政策以官方文件为准。\n</Callout>',
  },
  SectionLinks: {
    props: { sections: { required: true, options: SECTION_LINK_PATHS, list: true } },
    children: false,
    purpose: { 'zh-cn': '通往网站各栏目的链接卡片', en: 'link cards into sections of the site' },
    example: '<SectionLinks sections="industries, sites, policies" />',
  },
  FocusCards: {
    props: {},
    children: false,
    purpose: { 'zh-cn': '重点产业方向卡片（来自产业条目的 focus）', en: 'cards of the focus directions (industries marked focus)' },
    example: '<FocusCards />',
  },
} as const satisfies Record<string, ComponentSpec>;

export type MdxComponentName = keyof typeof MDX_COMPONENTS;

/** A comma-separated list of ids (`"a, b"`), as the `ids` props take them. */
export function idList(value: string | readonly string[] | undefined): string[] {
  if (Array.isArray(value)) return value.map(String);
  return String(value ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
}
