/**
 * The incentive finder's rules engine: which rules of which policies fit a set of answers, which nearly fit and
 * why not, and what the numbers allow to be estimated. Pure and language-free (the page words the outcome), so the
 * same code runs in the build, in the browser and in the unit tests.
 */
import type { PolicyLinkKind, PolicyRule } from '~/schemas/policy-rules';
import type { AnswerKey, FinderAnswers } from '~/model/policies/finder/answers';

/** What the finder knows about one policy. */
export interface FinderPolicy {
  slug: string;
  title: string;
  /** The status on the build date (src/model/policies/status.ts). */
  status: string;
  supersededBy?: string | undefined;
  url: string;
  urlKind: PolicyLinkKind;
  rules: PolicyRule[];
  /** The policy page's address on this site. */
  href?: string;
  /** Who published the link's target, e.g. "中評網 (CRNTT), via a mirror". */
  publisher?: string;
}

/**
 * A condition a rule sets that the answers do not meet. `hard` ones (investor, category, kind, industry) rule the
 * policy out; the others (thresholds, recognition) make it a near miss, worth telling the investor about.
 */
export type Miss =
  | { key: 'investor'; hard: true; need: readonly string[] }
  | { key: 'category'; hard: true; need: readonly string[] }
  | { key: 'kind'; hard: true; need: readonly string[] }
  | { key: 'industry'; hard: true; excluded: readonly string[] }
  | { key: 'foreignCapitalUsd'; hard: false; min: number; included: boolean }
  | { key: 'highTech'; hard: false }
  | { key: 'employees'; hard: false; max: number }
  | { key: 'taxableIncomeCny'; hard: false; max: number }
  | { key: 'assetsCny'; hard: false; max: number };

/** `match`: every condition the finder checks is met; `possible`: none failed, some unanswered; `near`: only soft ones failed. */
export type Outcome = 'match' | 'possible' | 'near' | 'no';
const RANK: Record<Outcome, number> = { match: 0, possible: 1, near: 2, no: 3 };

/** What the numbers allow: a reward in the currency of its base, a tax amount, or a one-off sum. */
export interface Estimate {
  kind: 'reward' | 'tax' | 'one-off';
  /** The amount; for a reward or tax, rate × base (× share), before any cap. */
  amount: number;
  currency: 'USD' | 'CNY';
  /** The base the rate was applied to (foreign capital in US$, or taxable income in yuan). */
  base?: number;
  /** The rate applied, in per cent of the whole base (a 20% rate on 25% of income is 5). */
  effectivePercent?: number;
  /** `true` when the text gives this as a maximum ("up to"). */
  upTo: boolean;
}

export interface RuleFinding {
  rule: PolicyRule;
  outcome: Outcome;
  misses: Miss[];
  /** Questions whose answer the rule needs but which are unanswered. */
  unknowns: AnswerKey[];
  estimate?: Estimate;
}

export interface PolicyFinding {
  policy: FinderPolicy;
  outcome: Outcome;
  /** The rules to show: those that match (or may), else the near misses. Empty when the policy is ruled out. */
  rules: RuleFinding[];
}

/** Policies the finder does not offer any more: replaced or ended. */
export const INACTIVE_STATUSES = ['superseded', 'expired'];

/** Checks one rule against the answers. */
export function evaluateRule(rule: PolicyRule, answers: FinderAnswers): RuleFinding {
  const misses: Miss[] = [];
  const unknowns: AnswerKey[] = [];
  const list = <K extends 'investor' | 'category' | 'kind'>(key: K, allowed: readonly string[]) => {
    const value = answers[key];
    if (value === undefined) unknowns.push(key);
    else if (!allowed.includes(value)) misses.push({ key, hard: true, need: allowed } as Miss);
  };
  list('investor', rule.investors);
  list('category', rule.categories);
  list('kind', rule.kinds);
  if (answers.industry && answers.industry !== 'none' && rule.excludedIndustries.includes(answers.industry)) {
    misses.push({ key: 'industry', hard: true, excluded: rule.excludedIndustries });
  }
  if (rule.minForeignCapitalUsd !== undefined) {
    const capital = answers.foreignCapitalUsd;
    const min = rule.minForeignCapitalUsd;
    if (capital === undefined) unknowns.push('foreignCapitalUsd');
    else if (rule.minIncluded ? capital < min : capital <= min) {
      misses.push({ key: 'foreignCapitalUsd', hard: false, min, included: rule.minIncluded });
    }
  }
  if (rule.highTechOnly) {
    if (answers.highTech === undefined) unknowns.push('highTech');
    else if (!answers.highTech) misses.push({ key: 'highTech', hard: false });
  }
  const ceiling = (key: 'employees' | 'taxableIncomeCny' | 'assetsCny', max: number | undefined) => {
    if (max === undefined) return;
    const value = answers[key];
    if (value === undefined) unknowns.push(key);
    else if (value > max) misses.push({ key, hard: false, max });
  };
  ceiling('employees', rule.maxEmployees);
  ceiling('taxableIncomeCny', rule.maxTaxableIncomeCny);
  ceiling('assetsCny', rule.maxAssetsCny);

  const outcome: Outcome = misses.some((miss) => miss.hard)
    ? 'no'
    : misses.length
      ? 'near'
      : unknowns.length
        ? 'possible'
        : 'match';
  const estimate = estimateFor(rule, answers);
  return { rule, outcome, misses, unknowns, ...(estimate ? { estimate } : {}) };
}

/** The estimate a rule's numbers and the answers allow, or none. Amounts stay in the currency of their base. */
export function estimateFor(rule: PolicyRule, answers: FinderAnswers): Estimate | undefined {
  if (rule.benefit === 'one-off' && rule.oneOffCny !== undefined) {
    return { kind: 'one-off', amount: rule.oneOffCny, currency: 'CNY', upTo: rule.oneOffUpTo };
  }
  if (rule.ratePercent === undefined) return undefined;
  const share = (rule.baseSharePercent ?? 100) / 100;
  const effectivePercent = round(rule.ratePercent * share, 6);
  if (rule.rateBase === 'foreign-capital' && answers.foreignCapitalUsd !== undefined) {
    const base = answers.foreignCapitalUsd;
    return { kind: 'reward', amount: round((base * effectivePercent) / 100, 2), currency: 'USD', base, effectivePercent, upTo: rule.rateUpTo || rule.rateFromPercent !== undefined };
  }
  if (rule.rateBase === 'taxable-income' && answers.taxableIncomeCny !== undefined) {
    const base = answers.taxableIncomeCny;
    return { kind: rule.benefit === 'tax-rate' ? 'tax' : 'reward', amount: round((base * effectivePercent) / 100, 2), currency: 'CNY', base, effectivePercent, upTo: rule.rateUpTo };
  }
  return undefined;
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/** One policy: its matching rules, else its near misses, else nothing. */
export function evaluatePolicy(policy: FinderPolicy, answers: FinderAnswers): PolicyFinding {
  if (INACTIVE_STATUSES.includes(policy.status)) return { policy, outcome: 'no', rules: [] };
  const findings = policy.rules.map((rule) => evaluateRule(rule, answers));
  const best = findings.reduce<Outcome>((top, finding) => (RANK[finding.outcome] < RANK[top] ? finding.outcome : top), 'no');
  const shown =
    best === 'match' || best === 'possible'
      ? findings.filter((finding) => finding.outcome === 'match' || finding.outcome === 'possible')
      : findings.filter((finding) => finding.outcome === best && best !== 'no');
  return { policy, outcome: best, rules: shown };
}

/** Every policy with rules, best outcome first (ties keep the given order). */
export function findIncentives(policies: readonly FinderPolicy[], answers: FinderAnswers): PolicyFinding[] {
  return policies
    .filter((policy) => policy.rules.length > 0)
    .map((policy) => evaluatePolicy(policy, answers))
    .sort((a, b) => RANK[a.outcome] - RANK[b.outcome]);
}
