/**
 * The incentive finder's rules in a policy's frontmatter (`rules:`): each complete, each id used once, and the
 * same numbers in every edition of the policy (only `label` and `conditions` are words that differ).
 */
import { ruleGaps, type PolicyRule } from '../../../../src/schemas/policy-rules.ts';
import { defineRule } from '../rule.ts';

/** Fields of a rule that are words in the page's language; everything else must agree between the editions. */
const WORDED = new Set(['label', 'conditions']);

const numbersOf = (rules: unknown): string =>
  JSON.stringify(
    (Array.isArray(rules) ? rules : []).map((rule: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(rule ?? {}).filter(([key]) => !WORDED.has(key)).sort(([a], [b]) => a.localeCompare(b))),
    ),
  );

export default defineRule({
  name: 'finder-rules',
  kinds: ['invalid-rule', 'rules-differ'],
  check({ entries }, report) {
    const policies = entries.filter((entry) => entry.collection === 'policies');
    for (const { file, parsed } of policies) {
      const rules = Array.isArray(parsed.data.rules) ? (parsed.data.rules as Partial<PolicyRule>[]) : [];
      const seen = new Set<string>();
      rules.forEach((rule, index) => {
        if (!rule || typeof rule !== 'object') return;
        if (typeof rule.id === 'string') {
          if (seen.has(rule.id)) {
            report({
              file,
              field: `rules[${index}].id`,
              line: parsed.lineOf(['rules', index, 'id']),
              kind: 'invalid-rule',
              severity: 'error',
              message: `the rule id "${rule.id}" is used twice in this policy: give each rule its own id.`,
              messageZh: `规则编号“${rule.id}”在本政策中用了两次：每条规则须有自己的编号。`,
            });
          }
          seen.add(rule.id);
        }
        for (const gap of ruleGaps(rule)) {
          report({
            file,
            field: `rules[${index}].${gap.field}`,
            line: parsed.lineOf(['rules', index, gap.field]) ?? parsed.lineOf(['rules', index]),
            kind: 'invalid-rule',
            severity: 'error',
            message: `rule "${rule.id ?? index + 1}": ${gap.message}.`,
            messageZh: `规则“${rule.id ?? index + 1}”：${gap.messageZh}。`,
          });
        }
      });
    }

    // Every other edition of a policy is compared with the first edition that has it (entries come in locale order).
    const first = new Map<string, (typeof policies)[number]>();
    for (const entry of policies) {
      const reference = first.get(entry.slug);
      if (!reference) {
        first.set(entry.slug, entry);
        continue;
      }
      if (numbersOf(reference.parsed.data.rules) === numbersOf(entry.parsed.data.rules)) continue;
      report({
        file: entry.file,
        field: 'rules',
        line: entry.parsed.lineOf(['rules']),
        kind: 'rules-differ',
        severity: 'error',
        message: `the finder rules here differ from ${reference.file} in more than their wording (ids, conditions checked, rates, caps or amounts): every language must state the same numbers.`,
        messageZh: `这里的计算规则与 ${reference.file} 不一致（编号、适用条件、比例、上限或金额不同）：各语言版本的数字必须相同。`,
      });
    }
  },
});
