/**
 * The incentive finder's wording: a rule's rate, caps, threshold and estimate, and why a near miss misses, written
 * from templates picked out of the UI dictionaries at build time (FINDER_KEYS). Pure, so the rules table (built
 * without JavaScript) and the browser island word every rule the same way.
 */
import { CATEGORIES, INVESTORS, KINDS } from '~/model/policies/finder/vocabulary';
import type { PolicyRule } from '~/schemas/policy-rules';
import type { AnswerKey } from '~/model/policies/finder/answers';
import type { Estimate, Miss } from '~/model/policies/finder/engine';
import { localeSpec, type Locale } from '~/i18n/locales';

/** The dictionary keys the finder words its results with; templates use `{name}` placeholders. */
export const FINDER_KEYS = [
  'finder.rateUpTo', 'finder.rateRange', 'finder.rateOf.foreign-capital', 'finder.rateOf.taxable-income', 'finder.rateShare',
  'finder.capYearly', 'finder.capPeriod', 'finder.capUnspecified', 'finder.noCap', 'finder.oneOff', 'finder.oneOffUpTo',
  'finder.estimate.reward', 'finder.estimate.tax', 'finder.estimate.none',
  'finder.th.foreignCapital.included', 'finder.th.foreignCapital.excluded', 'finder.th.highTech', 'finder.th.employees',
  'finder.th.taxableIncome', 'finder.th.assets', 'finder.th.excluded', 'finder.th.none',
  'finder.miss', 'finder.miss.highTech', 'finder.allInvestors', 'finder.allCategories', 'finder.allKinds',
  'finder.investor.foreign', 'finder.investor.domestic',
  'finder.category.high-tech-manufacturing', 'finder.category.manufacturing', 'finder.category.high-tech-services', 'finder.category.other',
  'finder.kind.new', 'finder.kind.capital-increase', 'finder.kind.headquarters',
  'finder.industry.finance', 'finder.industry.real-estate',
  'finder.q.investor', 'finder.q.category', 'finder.q.kind', 'finder.q.industry', 'finder.q.foreignCapitalUsd', 'finder.q.highTech',
  'finder.q.employees', 'finder.q.taxableIncomeCny', 'finder.q.assetsCny',
  'finder.rule', 'finder.rate', 'finder.cap', 'finder.estimate', 'finder.source', 'finder.conditions', 'finder.unconfirmed',
  'finder.needs', 'finder.why', 'finder.group.match', 'finder.group.possible', 'finder.group.near', 'finder.none',
  'finder.count', 'finder.status', 'finder.link.original', 'finder.link.official-page', 'finder.link.press', 'finder.link.repost',
] as const;
export type FinderKey = (typeof FINDER_KEYS)[number];
export type FinderWords = Record<FinderKey, string>;

/** Every placeholder a finder template uses, so the build can pick templates with their `{name}` left in. */
export const PLACEHOLDERS = ['rate', 'from', 'share', 'amount', 'base', 'count', 'list', 'what', 'match', 'possible', 'near'] as const;

export function fill(template: string, values: Partial<Record<(typeof PLACEHOLDERS)[number], string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name as keyof typeof values];
    return value === undefined ? whole : String(value);
  });
}

/** Any edition (src/i18n/locales.ts); a generated one (zh-hk) gets its words already converted, from its dictionary. */
export type Lang = Locale;

// Chinese amounts are written without grouping, the way the documents write them (5000万元, 300万元).
const number = (value: number, lang: Lang) =>
  new Intl.NumberFormat(localeSpec(lang).lang, { maximumFractionDigits: 2, useGrouping: !localeSpec(lang).myriads }).format(value);

/** An amount in its own currency, the way each language writes it: 5000万元 / 50 million yuan, 180万美元 / US$1.8 million. */
export function formatMoney(amount: number, currency: 'CNY' | 'USD', lang: Lang): string {
  const myriads = localeSpec(lang).myriads;
  if (myriads) {
    const [tenThousand, hundredMillion] = myriads;
    // The same characters in Simplified and Traditional script.
    const unit = currency === 'CNY' ? '元' : '美元';
    if (amount >= 1e8 && amount % 1e6 === 0) return `${number(amount / 1e8, lang)}${hundredMillion}${unit}`;
    if (amount >= 1e4) return `${number(amount / 1e4, lang)}${tenThousand}${unit}`;
    return `${number(amount, lang)}${unit}`;
  }
  const scaled = amount >= 1e9 ? `${number(amount / 1e9, lang)} billion` : amount >= 1e6 ? `${number(amount / 1e6, lang)} million` : number(amount, lang);
  return currency === 'CNY' ? `${scaled} yuan` : `US$${scaled}`;
}

export const percent = (value: number, lang: Lang) => `${number(value, lang)}%`;

/** "up to 3% of the year's actual foreign capital", "20% on 25% of taxable income", or '' for a one-off rule. */
export function rateText(rule: PolicyRule, words: FinderWords, lang: Lang): string {
  if (rule.ratePercent === undefined) return '';
  const rate = percent(rule.ratePercent, lang);
  const shown =
    rule.rateFromPercent !== undefined
      ? fill(words['finder.rateRange'], { from: percent(rule.rateFromPercent, lang), rate })
      : rule.rateUpTo
        ? fill(words['finder.rateUpTo'], { rate })
        : rate;
  if (rule.baseSharePercent !== undefined) return fill(words['finder.rateShare'], { rate: shown, share: percent(rule.baseSharePercent, lang) });
  return rule.rateBase ? fill(words[`finder.rateOf.${rule.rateBase}`], { rate: shown }) : shown;
}

/** The caps and one-off amount, each as a phrase ("at most 50 million yuan a year"). */
export function capTexts(rule: PolicyRule, words: FinderWords, lang: Lang): string[] {
  const money = (amount: number) => formatMoney(amount, 'CNY', lang);
  const caps: string[] = [];
  if (rule.yearlyCapCny !== undefined) caps.push(fill(words['finder.capYearly'], { amount: money(rule.yearlyCapCny) }));
  if (rule.periodCapCny !== undefined) caps.push(fill(words['finder.capPeriod'], { amount: money(rule.periodCapCny) }));
  if (rule.capCny !== undefined) caps.push(fill(words['finder.capUnspecified'], { amount: money(rule.capCny) }));
  if (rule.oneOffCny !== undefined) caps.push(fill(words[rule.oneOffUpTo ? 'finder.oneOffUpTo' : 'finder.oneOff'], { amount: money(rule.oneOffCny) }));
  if (!caps.length && rule.benefit === 'reward') caps.push(words['finder.noCap']);
  return caps;
}

const joiner = (lang: Lang) => localeSpec(lang).listSeparator;

/** Who a rule is for: investors, categories, kinds, in the page's language. */
export function whoText(rule: PolicyRule, words: FinderWords, lang: Lang): string[] {
  const all = <T extends string>(values: readonly T[], every: readonly T[], label: FinderKey, prefix: string) =>
    values.length === every.length ? words[label] : values.map((value) => words[`${prefix}.${value}` as FinderKey]).join(joiner(lang));
  return [
    all(rule.investors, INVESTORS, 'finder.allInvestors', 'finder.investor'),
    all(rule.categories, CATEGORIES, 'finder.allCategories', 'finder.category'),
    all(rule.kinds, KINDS, 'finder.allKinds', 'finder.kind'),
  ];
}

/** The conditions the finder checks besides who: thresholds, recognition, limits, exclusions. */
export function thresholdTexts(rule: PolicyRule, words: FinderWords, lang: Lang): string[] {
  const texts: string[] = [];
  if (rule.minForeignCapitalUsd !== undefined) {
    const key = rule.minIncluded ? 'finder.th.foreignCapital.included' : 'finder.th.foreignCapital.excluded';
    texts.push(fill(words[key], { amount: formatMoney(rule.minForeignCapitalUsd, 'USD', lang) }));
  }
  if (rule.highTechOnly) texts.push(words['finder.th.highTech']);
  if (rule.maxEmployees !== undefined) texts.push(fill(words['finder.th.employees'], { count: number(rule.maxEmployees, lang) }));
  if (rule.maxTaxableIncomeCny !== undefined) texts.push(fill(words['finder.th.taxableIncome'], { amount: formatMoney(rule.maxTaxableIncomeCny, 'CNY', lang) }));
  if (rule.maxAssetsCny !== undefined) texts.push(fill(words['finder.th.assets'], { amount: formatMoney(rule.maxAssetsCny, 'CNY', lang) }));
  if (rule.excludedIndustries.length) {
    const list = rule.excludedIndustries
      .map((industry) => (lang === 'en' ? words[`finder.industry.${industry}`].toLowerCase() : words[`finder.industry.${industry}`]))
      .join(joiner(lang));
    texts.push(fill(words['finder.th.excluded'], { list }));
  }
  return texts;
}

/** Why a near miss misses, e.g. "Needs US$50 million or more of actual foreign capital in the year". */
export function missText(miss: Miss, words: FinderWords, lang: Lang): string {
  const needs = (what: string) => fill(words['finder.miss'], { what });
  switch (miss.key) {
    case 'foreignCapitalUsd':
      return needs(fill(words[miss.included ? 'finder.th.foreignCapital.included' : 'finder.th.foreignCapital.excluded'], { amount: formatMoney(miss.min, 'USD', lang) }));
    case 'highTech':
      return words['finder.miss.highTech'];
    case 'employees':
      return needs(fill(words['finder.th.employees'], { count: number(miss.max, lang) }));
    case 'taxableIncomeCny':
      return needs(fill(words['finder.th.taxableIncome'], { amount: formatMoney(miss.max, 'CNY', lang) }));
    case 'assetsCny':
      return needs(fill(words['finder.th.assets'], { amount: formatMoney(miss.max, 'CNY', lang) }));
    default:
      return '';
  }
}

/** The question a still-unanswered key stands for. */
export const questionText = (key: AnswerKey, words: FinderWords) => words[`finder.q.${key}` as FinderKey];

/** The estimate in words, in the currency of its base. */
export function estimateText(estimate: Estimate | undefined, words: FinderWords, lang: Lang): string {
  if (!estimate) return words['finder.estimate.none'];
  const amount = formatMoney(estimate.amount, estimate.currency, lang);
  if (estimate.kind === 'one-off') return estimate.upTo ? fill(words['finder.oneOffUpTo'], { amount }) : amount;
  const values = {
    amount,
    base: formatMoney(estimate.base!, estimate.currency, lang),
    rate: percent(estimate.effectivePercent!, lang),
  };
  return fill(words[estimate.kind === 'tax' ? 'finder.estimate.tax' : 'finder.estimate.reward'], values);
}
