/** A policy marked `status: in-force` after the day it `expires`. */
import { day } from '../context.ts';
import { defineRule } from '../rule.ts';

export default defineRule({
  name: 'policy-expiry',
  kinds: ['policy-expired-in-force'],
  check({ entries, today }, report) {
    for (const { file, parsed, collection } of entries) {
      if (collection !== 'policies' || parsed.data.status !== 'in-force') continue;
      const expires = day(parsed.data.expires);
      if (!expires || expires >= today) continue;
      report({
        file,
        field: 'status',
        line: parsed.lineOf(['status']),
        kind: 'policy-expired-in-force',
        severity: 'error',
        message: `this policy ended on ${expires} (\`expires\`) but is marked \`status: in-force\`: change status to expired (or superseded), or correct \`expires\` if it was extended.`,
        messageZh: `该政策已于 ${expires} 到期（\`expires\`），却仍标为 \`status: in-force\`（有效）：请把 status 改为 expired（或 superseded）；如已延期，请更正 \`expires\`。`,
      });
    }
  },
});
