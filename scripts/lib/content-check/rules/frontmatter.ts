/**
 * Every Markdown entry starts with frontmatter that can be read; Chinese-keyboard slips are named by character. Entries that fail here reach no other rule.
 */
import { defineRule } from '../rule.ts';
import { yamlProblems } from '../yaml-problems.ts';

export default defineRule({
  name: 'frontmatter',
  kinds: ['missing-field', 'yaml-syntax', 'yaml-slip'],
  check({ allEntries }, report) {
    for (const { file, parsed } of allEntries) {
      if (!parsed.hasFrontmatter) {
        report({
          file,
          line: 1,
          kind: 'missing-field',
          severity: 'error',
          message: 'has no frontmatter: the file must start with a `---` line, the fields, and another `---` line (see the editor\'s guide, or create entries with `npm run new`).',
          messageZh: '缺少开头的字段区：文件必须以 `---` 行开头，接着写字段，再以 `---` 行结束（见编辑指南，或用 `npm run new` 新建条目）。',
        });
        continue;
      }
      yamlProblems(file, parsed.yamlText, 2, parsed.yamlErrors, {
        en: 'Check this line: each field is `name: value` with an English-keyboard colon and space, list items start with `- `, indentation is spaces, and text containing `: ` or `#` goes in straight quotes.',
        zh: '请检查这一行：每个字段写成 `名称: 值`（英文冒号加空格），列表项以 `- ` 开头，缩进用半角空格，含有 `: ` 或 `#` 的文字要用英文直引号括起来。',
      }).forEach(report);
    }
  },
});
