/**
 * Content-check rules for policies beyond their schema: `supersededBy` names a policy that exists (and the entry
 * is marked superseded), the finder rules are complete and their ids unique, both languages carry the same
 * numbers in their rules, and no policy takes the finder's address.
 */
import { ruleGaps, type PolicyRule } from '../../src/content/policy-rules.ts';
import type { ParsedMarkdown } from './frontmatter.ts';
import type { Problem } from './problems.ts';

export interface PolicyEntry {
  lang: string;
  slug: string;
  file: string;
  parsed: Pick<ParsedMarkdown, 'data' | 'lineOf'>;
}

/** Slugs taken by routes under /<lang>/policies/. */
export const RESERVED_POLICY_SLUGS = ['finder'];

/** Fields of a rule that are words in the page's language; everything else must agree between the languages. */
const WORDED = new Set(['label', 'conditions']);

const numbersOf = (rules: unknown): string =>
  JSON.stringify(
    (Array.isArray(rules) ? rules : []).map((rule: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(rule ?? {}).filter(([key]) => !WORDED.has(key)).sort(([a], [b]) => a.localeCompare(b))),
    ),
  );

export function checkPolicyEntries(entries: readonly PolicyEntry[]): Problem[] {
  const problems: Problem[] = [];
  const slugs = new Map<string, Set<string>>();
  for (const entry of entries) (slugs.get(entry.lang) ?? slugs.set(entry.lang, new Set()).get(entry.lang)!).add(entry.slug);

  for (const entry of entries) {
    const { file, parsed, lang, slug } = entry;
    const data = parsed.data as Record<string, unknown>;
    if (RESERVED_POLICY_SLUGS.includes(slug)) {
      problems.push({
        file,
        field: 'file name',
        kind: 'invalid-field',
        severity: 'error',
        message: `/${lang}/policies/${slug}/ is the address of the incentive finder: give this policy another file name.`,
        messageZh: `/${lang}/policies/${slug}/ 是政策计算器的网址:请给这项政策换一个文件名。`,
      });
    }
    const newer = data.supersededBy;
    if (typeof newer === 'string') {
      const line = parsed.lineOf(['supersededBy']);
      if (newer === slug || !slugs.get(lang)?.has(newer)) {
        problems.push({
          file,
          field: 'supersededBy',
          line,
          kind: 'unknown-policy',
          severity: 'error',
          message: `\`supersededBy\` is "${newer}", but there is no other policy src/content/policies/${lang}/${newer}.md: write the file name of the policy that replaces this one (without .md).`,
          messageZh: `\`supersededBy\` 填的是“${newer}”,但没有另一项政策 src/content/policies/${lang}/${newer}.md:请填写取代本政策的那项政策的文件名(不含 .md)。`,
        });
      }
      if (data.status !== 'superseded') {
        problems.push({
          file,
          field: 'status',
          line: parsed.lineOf(['status']) ?? line,
          kind: 'invalid-field',
          severity: 'error',
          message: 'this policy names the policy that replaces it (`supersededBy`) but is not marked `status: superseded`: add that line.',
          messageZh: '本政策写了取代它的政策(`supersededBy`),却没有标为 `status: superseded`:请加上这一行。',
        });
      }
    }
    const rules = Array.isArray(data.rules) ? (data.rules as Partial<PolicyRule>[]) : [];
    const seen = new Set<string>();
    rules.forEach((rule, index) => {
      if (!rule || typeof rule !== 'object') return;
      if (typeof rule.id === 'string') {
        if (seen.has(rule.id)) {
          problems.push({
            file,
            field: `rules[${index}].id`,
            line: parsed.lineOf(['rules', index, 'id']),
            kind: 'invalid-rule',
            severity: 'error',
            message: `the rule id "${rule.id}" is used twice in this policy: give each rule its own id.`,
            messageZh: `规则编号“${rule.id}”在本政策中用了两次:每条规则须有自己的编号。`,
          });
        }
        seen.add(rule.id);
      }
      for (const gap of ruleGaps(rule)) {
        problems.push({
          file,
          field: `rules[${index}].${gap.field}`,
          line: parsed.lineOf(['rules', index, gap.field]) ?? parsed.lineOf(['rules', index]),
          kind: 'invalid-rule',
          severity: 'error',
          message: `rule "${rule.id ?? index + 1}": ${gap.message}.`,
          messageZh: `规则“${rule.id ?? index + 1}”:${gap.messageZh}。`,
        });
      }
    });
  }

  // The same policy in another language must give the finder the same numbers.
  const byLang = new Map(entries.map((entry) => [`${entry.lang}/${entry.slug}`, entry]));
  for (const entry of entries) {
    for (const other of entries) {
      if (other.slug !== entry.slug || other.lang <= entry.lang) continue;
      if (numbersOf(entry.parsed.data.rules) === numbersOf(other.parsed.data.rules)) continue;
      const counterpart = byLang.get(`${other.lang}/${other.slug}`)!;
      problems.push({
        file: counterpart.file,
        field: 'rules',
        line: counterpart.parsed.lineOf(['rules']),
        kind: 'rules-differ',
        severity: 'error',
        message: `the finder rules here differ from ${entry.file} in more than their wording (ids, conditions checked, rates, caps or amounts): both languages must state the same numbers.`,
        messageZh: `这里的计算规则与 ${entry.file} 不一致(编号、适用条件、比例、上限或金额不同):两种语言的数字必须相同。`,
      });
    }
  }
  return problems;
}
