/**
 * `supersededBy` names another policy that exists in the same edition, and a policy that names its successor is
 * marked `status: superseded`.
 */
import { defineRule } from '../rule.ts';

export default defineRule({
  name: 'policy-succession',
  kinds: ['unknown-policy', 'invalid-field'],
  check({ entries }, report) {
    const policies = entries.filter((entry) => entry.collection === 'policies');
    const slugs = new Set(policies.map((entry) => `${entry.lang}/${entry.slug}`));
    for (const { file, parsed, lang, slug } of policies) {
      const newer = parsed.data.supersededBy;
      if (typeof newer !== 'string') continue;
      const line = parsed.lineOf(['supersededBy']);
      if (newer === slug || !slugs.has(`${lang}/${newer}`)) {
        report({
          file,
          field: 'supersededBy',
          line,
          kind: 'unknown-policy',
          severity: 'error',
          message: `\`supersededBy\` is "${newer}", but there is no other policy src/content/policies/${lang}/${newer}.md: write the file name of the policy that replaces this one (without .md).`,
          messageZh: `\`supersededBy\` 填的是“${newer}”，但没有另一项政策 src/content/policies/${lang}/${newer}.md：请填写取代本政策的那项政策的文件名（不含 .md）。`,
        });
      }
      if (parsed.data.status !== 'superseded') {
        report({
          file,
          field: 'status',
          line: parsed.lineOf(['status']) ?? line,
          kind: 'invalid-field',
          severity: 'error',
          message: 'this policy names the policy that replaces it (`supersededBy`) but is not marked `status: superseded`: add that line.',
          messageZh: '本政策写了取代它的政策（`supersededBy`），却没有标为 `status: superseded`：请加上这一行。',
        });
      }
    }
  },
});
