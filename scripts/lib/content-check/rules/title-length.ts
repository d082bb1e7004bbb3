/** Titles fit the layout and search snippets: the per-language limits of src/schemas/shared.ts (`TITLE_LIMITS`). */
import { TITLE_HARD_LIMIT, titleLimit } from '../../../../src/schemas/shared.ts';
import { defineRule } from '../rule.ts';

export default defineRule({
  name: 'title-length',
  kinds: ['title-too-long'],
  check({ entries }, report) {
    for (const { file, parsed, lang } of entries) {
      const { title } = parsed.data;
      if (typeof title !== 'string') continue;
      const length = [...title].length;
      const limit = titleLimit(lang);
      // Over the hard limit the schema itself reports it (entry-schema).
      if (length <= limit || length > TITLE_HARD_LIMIT) continue;
      report({
        file,
        field: 'title',
        line: parsed.lineOf(['title']),
        kind: 'title-too-long',
        severity: 'error',
        message: `the title has ${length} characters; at most ${limit} fit the lists and search results in this edition. Shorten it and put the detail in \`description\`.`,
        messageZh: `标题有 ${length} 个字，本语言版本最多 ${limit} 个字，否则在列表和搜索结果中会被截断。请缩短标题，把细节写进 \`description\`。`,
      });
    }
  },
});
