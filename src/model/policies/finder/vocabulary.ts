/**
 * The finder's words for who invests, in what and how (the URL's answer values and the rules' fields), and what
 * a policy's link leads to. Plain lists without zod: the rules' schema (src/schemas/policy-rules.ts) and the
 * finder's browser code (answers, descriptions) both read them, and the browser must not carry the schema library
 * (it tests for eval, which the site's Content-Security-Policy reports).
 */
/** Who invests: a foreign investor (foreign-invested enterprise) or a domestic one. URL key `investor`. */
export const INVESTORS = ['foreign', 'domestic'] as const;
export type Investor = (typeof INVESTORS)[number];

/** The project's category as the Guangdong and Dongguan foreign-investment texts define it. URL key `category`. */
export const CATEGORIES = ['high-tech-manufacturing', 'manufacturing', 'high-tech-services', 'other'] as const;
export type Category = (typeof CATEGORIES)[number];

/** The kind of project. URL key `kind`. */
export const KINDS = ['new', 'capital-increase', 'headquarters'] as const;
export type Kind = (typeof KINDS)[number];

/** Industries some texts leave out whatever the category (the 2024 Guangdong plan: finance, real estate). URL key `industry`. */
export const EXCLUDABLE_INDUSTRIES = ['finance', 'real-estate'] as const;
export type ExcludableIndustry = (typeof EXCLUDABLE_INDUSTRIES)[number];

/** What a rule gives: a reward as a share of something, a lower tax rate, or a fixed one-off amount. */
export const BENEFITS = ['reward', 'tax-rate', 'one-off'] as const;
export type Benefit = (typeof BENEFITS)[number];

/** What a rate is a share of: the year's actual foreign capital (in US dollars), or taxable income (in yuan). */
export const RATE_BASES = ['foreign-capital', 'taxable-income'] as const;
export type RateBase = (typeof RATE_BASES)[number];

/** What a policy's `url` leads to; see `urlKind` in src/schemas/collections.ts. */
export const POLICY_LINK_KINDS = ['original', 'official-page', 'press', 'repost'] as const;
export type PolicyLinkKind = (typeof POLICY_LINK_KINDS)[number];
