/**
 * The incentive finder's answers and how they are written in the URL, so a result can be shared and Back steps
 * through earlier answers: `?investor=foreign&category=high-tech-manufacturing&foreignCapitalUsd=60000000&kind=new`.
 * Exactly these keys; a value that is not an option (a mistyped or outdated link) is dropped, not guessed.
 */
import {
  CATEGORIES,
  EXCLUDABLE_INDUSTRIES,
  INVESTORS,
  KINDS,
  type Category,
  type ExcludableIndustry,
  type Investor,
  type Kind,
} from '~/model/policies/finder/vocabulary';

export interface FinderAnswers {
  investor?: Investor;
  category?: Category;
  /** New actual foreign capital this year, in US dollars. */
  foreignCapitalUsd?: number;
  kind?: Kind;
  /** Set when the project is in an industry some texts exclude (finance, real estate); absent means neither. */
  industry?: ExcludableIndustry | 'none';
  /** Whether the enterprise is recognised as a high-tech enterprise. */
  highTech?: boolean;
  employees?: number;
  /** Annual taxable income, in yuan. */
  taxableIncomeCny?: number;
  /** Total assets, in yuan. */
  assetsCny?: number;
}

/** The URL keys, in the order they are written. */
export const ANSWER_KEYS = [
  'investor',
  'category',
  'foreignCapitalUsd',
  'kind',
  'industry',
  'highTech',
  'employees',
  'taxableIncomeCny',
  'assetsCny',
] as const satisfies readonly (keyof FinderAnswers)[];
export type AnswerKey = (typeof ANSWER_KEYS)[number];

/** The keys whose answer is a number. */
export const NUMBER_KEYS = ['foreignCapitalUsd', 'employees', 'taxableIncomeCny', 'assetsCny'] as const satisfies readonly AnswerKey[];

export const INDUSTRY_ANSWERS = ['none', ...EXCLUDABLE_INDUSTRIES] as const;
export const YES_NO = ['yes', 'no'] as const;

const pick = <T extends string>(options: readonly T[], value: string | null): T | undefined =>
  value !== null && (options as readonly string[]).includes(value) ? (value as T) : undefined;

/** A non-negative amount as typed: `60000000`, `60,000,000` or `60 000 000`; anything else is no answer. */
export function parseAmount(text: string | null | undefined): number | undefined {
  const cleaned = (text ?? '').replace(/[\s,，_]/g, '');
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return undefined;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : undefined;
}

/** Reads the answers from a query string (or anything URLSearchParams takes). */
export function parseAnswers(search: string | URLSearchParams): FinderAnswers {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const answers: FinderAnswers = {};
  const investor = pick(INVESTORS, params.get('investor'));
  const category = pick(CATEGORIES, params.get('category'));
  const kind = pick(KINDS, params.get('kind'));
  const industry = pick(INDUSTRY_ANSWERS, params.get('industry'));
  const highTech = pick(YES_NO, params.get('highTech'));
  if (investor) answers.investor = investor;
  if (category) answers.category = category;
  if (kind) answers.kind = kind;
  if (industry) answers.industry = industry;
  if (highTech) answers.highTech = highTech === 'yes';
  for (const key of NUMBER_KEYS) {
    const value = parseAmount(params.get(key));
    if (value !== undefined) answers[key] = value;
  }
  return answers;
}

/** The query string for the answers (`?investor=foreign&…`), or '' when nothing is answered. */
export function answersQuery(answers: FinderAnswers): string {
  const params = new URLSearchParams();
  for (const key of ANSWER_KEYS) {
    const value = answers[key];
    if (value === undefined) continue;
    params.set(key, typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value));
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function hasAnswers(answers: FinderAnswers): boolean {
  return ANSWER_KEYS.some((key) => answers[key] !== undefined);
}
