/** A page whose `reviewBy` day has passed: a reminder to check it against its sources. */
import { day } from '../context.ts';
import { defineRule } from '../rule.ts';

export default defineRule({
  name: 'review-date',
  kinds: ['review-date-passed'],
  check({ entries, today }, report) {
    for (const { file, parsed } of entries) {
      const reviewBy = day(parsed.data.reviewBy);
      if (!reviewBy || reviewBy >= today) continue;
      report({
        file,
        field: 'reviewBy',
        line: parsed.lineOf(['reviewBy']),
        kind: 'review-date-passed',
        severity: 'warning',
        message: `was due for review on ${reviewBy}: check the page against its sources, then set \`updated\` to today and \`reviewBy\` to the next review date.`,
        messageZh: `应在 ${reviewBy} 前复核：请对照来源核对本页，然后把 \`updated\` 改为今天，\`reviewBy\` 改为下次复核日期。`,
      });
    }
  },
});
