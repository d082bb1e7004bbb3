/**
 * The structured rules of a policy (frontmatter `rules:`), read by the incentive finder at /<lang>/policies/finder/.
 * One rule is one branch of a policy as its text states it: who qualifies (investor, category, kind of project,
 * thresholds), what it gives (a rate, a one-off amount) and its caps. Numbers only as the source states them;
 * a condition the finder cannot check goes in `conditions` as words. Plain TypeScript shared with the build,
 * `npm run check:content` and the browser editor's configuration.
 */
import { z } from 'astro/zod';
import { INVESTORS, CATEGORIES, KINDS, EXCLUDABLE_INDUSTRIES, BENEFITS, RATE_BASES, POLICY_LINK_KINDS, type Investor, type Category, type Kind, type ExcludableIndustry, type Benefit, type RateBase, type PolicyLinkKind } from '../model/policies/finder/vocabulary.ts';
// The lists themselves live in a module without zod, so the finder's browser code can use them.
export { INVESTORS, CATEGORIES, KINDS, EXCLUDABLE_INDUSTRIES, BENEFITS, RATE_BASES, POLICY_LINK_KINDS, type Investor, type Category, type Kind, type ExcludableIndustry, type Benefit, type RateBase, type PolicyLinkKind };

const amount = (what: string) => z.number({ error: `${what}: write a number without units or commas` }).positive();

/** One rule of a policy. */
export const policyRule = z.object({
  /** A short name for the rule, unique in the policy and the same in both languages, e.g. `high-tech-manufacturing`. */
  id: z.string().regex(/^[a-z0-9-]+$/, 'a rule id: lower-case letters, digits and dashes'),
  /** What the rule is, in the page's language, e.g. "High-tech manufacturing". Shown as "the rule that matched". */
  label: z.string().min(1),
  /** Which investors it is for. */
  investors: z.array(z.enum(INVESTORS)).min(1, 'name at least one kind of investor'),
  /** Which project categories it covers (all four when the text does not distinguish). */
  categories: z.array(z.enum(CATEGORIES)).min(1, 'name at least one category'),
  /** Which kinds of project it covers (all three when the text does not distinguish). */
  kinds: z.array(z.enum(KINDS)).min(1, 'name at least one kind of project'),
  /** Industries the text excludes, whatever the category. */
  excludedIndustries: z.array(z.enum(EXCLUDABLE_INDUSTRIES)).default([]),
  /** The smallest actual foreign capital in one year that qualifies, in US dollars (50000000 for US$50 million). */
  minForeignCapitalUsd: amount('minForeignCapitalUsd').optional(),
  /** `false` when the text says "more than" (超过) rather than "or more" (及以上): the threshold itself then does not qualify. */
  minIncluded: z.boolean().default(true),
  /** `true` when only enterprises recognised as high-tech enterprises qualify. */
  highTechOnly: z.boolean().default(false),
  /** The most employees a qualifying enterprise may have. */
  maxEmployees: z.number().int().positive().optional(),
  /** The most annual taxable income a qualifying enterprise may have, in yuan. */
  maxTaxableIncomeCny: amount('maxTaxableIncomeCny').optional(),
  /** The most total assets a qualifying enterprise may have, in yuan. */
  maxAssetsCny: amount('maxAssetsCny').optional(),
  /** What it gives. */
  benefit: z.enum(BENEFITS),
  /** The rate in per cent (3 for 3%); for a range such as 1–1.5%, the top of it. */
  ratePercent: z.number().positive().max(100).optional(),
  /** The bottom of a range such as 1–1.5% (here 1). Leave out for a single rate. */
  rateFromPercent: z.number().positive().max(100).optional(),
  /** `true` when the text says "up to" (最高) the rate. */
  rateUpTo: z.boolean().default(false),
  /** What the rate is a share of. */
  rateBase: z.enum(RATE_BASES).optional(),
  /** The share of the base the rate applies to, in per cent, when not all of it (small low-profit enterprises: 25). */
  baseSharePercent: z.number().positive().max(100).optional(),
  /** The most one enterprise can receive in one year, in yuan. */
  yearlyCapCny: amount('yearlyCapCny').optional(),
  /** The most one enterprise can receive over the policy's whole period, in yuan. */
  periodCapCny: amount('periodCapCny').optional(),
  /** A cap the text gives without saying whether it is per year or in total, in yuan ("最高奖励1亿元"). */
  capCny: amount('capCny').optional(),
  /** A fixed one-off amount, in yuan. */
  oneOffCny: amount('oneOffCny').optional(),
  /** `true` when the one-off amount is a maximum ("up to"). */
  oneOffUpTo: z.boolean().default(false),
  /** Other conditions in the text that the finder does not check, one short sentence each, in the page's language. */
  conditions: z.array(z.string().min(1)).default([]),
  /** `true` when the numbers come from a secondary summary that has not been checked against the document yet. */
  unconfirmed: z.boolean().default(false),
});
export type PolicyRule = z.infer<typeof policyRule>;

/** What a rule must say besides its fields: a rate needs a base, a one-off needs its amount, and so on. */
export function ruleGaps(rule: Partial<PolicyRule>): { field: keyof PolicyRule; message: string; messageZh: string }[] {
  const gaps: { field: keyof PolicyRule; message: string; messageZh: string }[] = [];
  if ((rule.benefit === 'reward' || rule.benefit === 'tax-rate') && rule.ratePercent === undefined) {
    gaps.push({ field: 'ratePercent', message: `a ${rule.benefit} rule needs \`ratePercent\``, messageZh: '奖励或税率类规则须填写 `ratePercent`（百分比）' });
  }
  if ((rule.benefit === 'reward' || rule.benefit === 'tax-rate') && rule.rateBase === undefined) {
    gaps.push({ field: 'rateBase', message: 'say what the rate is a share of (`rateBase`)', messageZh: '请注明比例的计算基数（`rateBase`）' });
  }
  if (rule.benefit === 'one-off' && rule.oneOffCny === undefined) {
    gaps.push({ field: 'oneOffCny', message: 'a one-off rule needs `oneOffCny`', messageZh: '一次性奖励规则须填写 `oneOffCny`（元）' });
  }
  if (rule.rateFromPercent !== undefined && rule.ratePercent !== undefined && rule.rateFromPercent >= rule.ratePercent) {
    gaps.push({ field: 'rateFromPercent', message: '`rateFromPercent` must be below `ratePercent` (the top of the range)', messageZh: '`rateFromPercent` 须小于 `ratePercent`（区间上限）' });
  }
  if (rule.yearlyCapCny !== undefined && rule.periodCapCny !== undefined && rule.periodCapCny < rule.yearlyCapCny) {
    gaps.push({ field: 'periodCapCny', message: 'the period cap is smaller than the yearly cap', messageZh: '执行期累计上限小于年度上限' });
  }
  return gaps;
}
