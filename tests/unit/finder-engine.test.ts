/**
 * The incentive finder's rules engine, on the rules as the policies' own frontmatter states them (the English files,
 * read with the content schema), with cases taken from the texts: the Guangdong 2024 plan's US$50 million threshold,
 * rates and caps, the Dongguan regional-HQ "more than US$10 million", the small low-profit enterprise limits.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { policySchema } from '../../src/schemas/collections';
import { answersQuery, parseAnswers, type FinderAnswers } from '../../src/model/policies/finder/answers';
import { evaluatePolicy, evaluateRule, findIncentives, type FinderPolicy } from '../../src/model/policies/finder/engine';

function policy(slug: string, status = 'in-force'): FinderPolicy {
  const text = readFileSync(`src/content/policies/en/${slug}.md`, 'utf8');
  const data = policySchema.parse(parse(text.split(/^---$/m)[1]!));
  return { slug, title: data.title, status, supersededBy: data.supersededBy, url: data.url, urlKind: data.urlKind, rules: data.rules };
}

const guangdong = policy('guangdong-foreign-investment-2024');
const dongguanHq = policy('dongguan-regional-headquarters-2023', 'validity-unknown');
const smallLowProfit = policy('national-small-low-profit-tax');
const highTechTax = policy('national-high-tech-enterprise-tax', 'validity-unknown');
const foreignHtm: FinderAnswers = { investor: 'foreign', category: 'high-tech-manufacturing', kind: 'new' };

describe('the 2024 Guangdong plan', () => {
  it('rewards high-tech manufacturing with up to 3% of US$60 million, within 50 million yuan a year and 150 million over the period', () => {
    const finding = evaluatePolicy(guangdong, { ...foreignHtm, foreignCapitalUsd: 60_000_000 });
    expect(finding.outcome).toBe('match');
    expect(finding.rules).toHaveLength(1);
    const [rule] = finding.rules;
    expect(rule!.rule.id).toBe('high-tech-manufacturing');
    expect(rule!.rule).toMatchObject({ ratePercent: 3, rateUpTo: true, yearlyCapCny: 50_000_000, periodCapCny: 150_000_000 });
    expect(rule!.estimate).toEqual({ kind: 'reward', amount: 1_800_000, currency: 'USD', base: 60_000_000, effectivePercent: 3, upTo: true });
  });

  it('counts exactly US$50 million ("or more") and says why US$49.9 million does not qualify', () => {
    expect(evaluatePolicy(guangdong, { ...foreignHtm, foreignCapitalUsd: 50_000_000 }).outcome).toBe('match');
    const near = evaluatePolicy(guangdong, { ...foreignHtm, foreignCapitalUsd: 49_900_000 });
    expect(near.outcome).toBe('near');
    expect(near.rules.map((r) => r.rule.id)).toEqual(['high-tech-manufacturing']);
    expect(near.rules[0]!.misses).toEqual([{ key: 'foreignCapitalUsd', hard: false, min: 50_000_000, included: true }]);
  });

  it('gives services and other sectors their own rates and the lower caps', () => {
    const services = evaluatePolicy(guangdong, { investor: 'foreign', category: 'high-tech-services', kind: 'capital-increase', foreignCapitalUsd: 80_000_000 });
    expect(services.rules[0]!.rule).toMatchObject({ ratePercent: 2, yearlyCapCny: 20_000_000, periodCapCny: 80_000_000 });
    const other = evaluatePolicy(guangdong, { investor: 'foreign', category: 'other', kind: 'new', foreignCapitalUsd: 80_000_000 });
    expect(other.rules[0]!.rule).toMatchObject({ ratePercent: 1, yearlyCapCny: 20_000_000 });
    expect(other.rules[0]!.estimate?.amount).toBe(800_000);
    const manufacturing = evaluatePolicy(guangdong, { investor: 'foreign', category: 'manufacturing', kind: 'new', foreignCapitalUsd: 80_000_000 });
    expect(manufacturing.rules[0]!.rule).toMatchObject({ ratePercent: 2, yearlyCapCny: 50_000_000, periodCapCny: 150_000_000 });
  });

  it('leaves out finance and real estate, and domestic investors', () => {
    expect(evaluatePolicy(guangdong, { investor: 'foreign', category: 'other', kind: 'new', industry: 'real-estate', foreignCapitalUsd: 90_000_000 }).outcome).toBe('no');
    expect(evaluatePolicy(guangdong, { investor: 'domestic', category: 'manufacturing', kind: 'new', foreignCapitalUsd: 90_000_000 }).outcome).toBe('no');
  });

  it('adds the 5 million yuan one-off for a multinational headquarters, without a threshold the text does not set', () => {
    const finding = evaluatePolicy(guangdong, { investor: 'foreign', category: 'high-tech-services', kind: 'headquarters', foreignCapitalUsd: 60_000_000 });
    expect(finding.rules.map((r) => r.rule.id)).toEqual(['high-tech-services', 'headquarters']);
    expect(finding.rules[1]!.estimate).toEqual({ kind: 'one-off', amount: 5_000_000, currency: 'CNY', upTo: false });
    const small = evaluatePolicy(guangdong, { investor: 'foreign', category: 'other', kind: 'headquarters', foreignCapitalUsd: 1_000_000 });
    expect(small.outcome).toBe('match');
    expect(small.rules.map((r) => r.rule.id)).toEqual(['headquarters']);
  });

  it('says "may apply" until the foreign capital is given', () => {
    const finding = evaluatePolicy(guangdong, foreignHtm);
    expect(finding.outcome).toBe('possible');
    expect(finding.rules[0]!.unknowns).toEqual(['foreignCapitalUsd']);
    expect(finding.rules[0]!.estimate).toBeUndefined();
  });
});

describe('the Dongguan regional-headquarters reward', () => {
  it('needs more than US$10 million: exactly US$10 million is a near miss', () => {
    const at = (foreignCapitalUsd: number) => evaluatePolicy(dongguanHq, { investor: 'foreign', category: 'other', kind: 'headquarters', foreignCapitalUsd });
    expect(at(10_000_000).outcome).toBe('near');
    expect(at(10_000_000).rules[0]!.misses).toEqual([{ key: 'foreignCapitalUsd', hard: false, min: 10_000_000, included: false }]);
    const match = at(20_000_000);
    expect(match.outcome).toBe('match');
    expect(match.rules[0]!.rule).toMatchObject({ rateFromPercent: 1, ratePercent: 1.5, capCny: 100_000_000 });
    expect(match.rules[0]!.estimate).toMatchObject({ amount: 300_000, currency: 'USD', upTo: true });
  });

  it('is not for a new factory', () => {
    expect(evaluatePolicy(dongguanHq, { investor: 'foreign', category: 'other', kind: 'new', foreignCapitalUsd: 20_000_000 }).outcome).toBe('no');
  });
});

describe('national tax measures', () => {
  const firm: FinderAnswers = { investor: 'domestic', category: 'manufacturing', kind: 'new' };
  it('small low-profit: 20% on 25% of taxable income, i.e. 100,000 yuan on 2 million', () => {
    const finding = evaluatePolicy(smallLowProfit, { ...firm, employees: 120, taxableIncomeCny: 2_000_000, assetsCny: 30_000_000 });
    expect(finding.outcome).toBe('match');
    expect(finding.rules[0]!.estimate).toEqual({ kind: 'tax', amount: 100_000, currency: 'CNY', base: 2_000_000, effectivePercent: 5, upTo: false });
  });

  it('small low-profit: 3 million yuan and 300 employees still qualify; one more of either is a near miss', () => {
    expect(evaluatePolicy(smallLowProfit, { ...firm, employees: 300, taxableIncomeCny: 3_000_000, assetsCny: 50_000_000 }).outcome).toBe('match');
    const near = evaluatePolicy(smallLowProfit, { ...firm, employees: 301, taxableIncomeCny: 3_000_001, assetsCny: 10_000_000 });
    expect(near.outcome).toBe('near');
    expect(near.rules[0]!.misses.map((miss) => miss.key)).toEqual(['employees', 'taxableIncomeCny']);
  });

  it('high-tech enterprise: 15% once recognised; unrecognised is a near miss', () => {
    expect(evaluatePolicy(highTechTax, { ...firm, highTech: true, taxableIncomeCny: 10_000_000 }).rules[0]!.estimate?.amount).toBe(1_500_000);
    expect(evaluatePolicy(highTechTax, { ...firm, highTech: false }).rules[0]!.misses).toEqual([{ key: 'highTech', hard: false }]);
  });
});

describe('the finder over all policies', () => {
  it('never offers a superseded or expired policy, and puts matches before near misses', () => {
    const old = { ...guangdong, slug: 'old', status: 'superseded' };
    const results = findIncentives([dongguanHq, old, guangdong], { ...foreignHtm, foreignCapitalUsd: 60_000_000 });
    expect(results.map((r) => [r.policy.slug, r.outcome])).toEqual([
      ['guangdong-foreign-investment-2024', 'match'],
      ['dongguan-regional-headquarters-2023', 'no'],
      ['old', 'no'],
    ]);
  });

  it('evaluates a rule on its own', () => {
    const rule = guangdong.rules.find((r) => r.id === 'other')!;
    expect(evaluateRule(rule, { investor: 'foreign', category: 'other', kind: 'new', foreignCapitalUsd: 50_000_000 }).outcome).toBe('match');
  });
});

describe('answers in the URL', () => {
  it('reads exactly the documented keys, drops values that are not options, and writes them back in order', () => {
    const answers = parseAnswers('?kind=new&investor=foreign&category=high-tech-manufacturing&foreignCapitalUsd=60,000,000&utm=x&highTech=maybe');
    expect(answers).toEqual({ investor: 'foreign', category: 'high-tech-manufacturing', kind: 'new', foreignCapitalUsd: 60_000_000 });
    expect(answersQuery(answers)).toBe('?investor=foreign&category=high-tech-manufacturing&foreignCapitalUsd=60000000&kind=new');
    expect(parseAnswers('?category=mining&foreignCapitalUsd=-5&employees=abc')).toEqual({});
    expect(answersQuery({})).toBe('');
    expect(parseAnswers(answersQuery({ highTech: false, employees: 12, industry: 'finance' }))).toEqual({ highTech: false, employees: 12, industry: 'finance' });
  });
});
