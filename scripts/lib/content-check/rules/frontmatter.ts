/** Every Markdown entry starts with frontmatter that can be read. Entries that fail here reach no other rule. */
import { defineRule } from '../rule.ts';

export default defineRule({
  name: 'frontmatter',
  kinds: ['missing-field', 'yaml-syntax'],
  check({ allEntries }, report) {
    for (const { file, parsed } of allEntries) {
      if (!parsed.hasFrontmatter) {
        report({
          file,
          line: 1,
          kind: 'missing-field',
          severity: 'error',
          message: 'has no frontmatter: the file must start with a `---` line, the fields, and another `---` line (see the editor\'s guide, or create entries with `npm run new`).',
          messageZh: '缺少开头的字段区:文件必须以 `---` 行开头,接着写字段,再以 `---` 行结束(见编辑指南,或用 `npm run new` 新建条目)。',
        });
        continue;
      }
      const [error] = parsed.yamlErrors;
      if (error) {
        report({
          file,
          line: error.line,
          kind: 'yaml-syntax',
          severity: 'error',
          message: `the fields at the top cannot be read (${error.message.split('\n')[0]}). Check this line: each field is \`name: value\`, list items start with \`- \`, and text containing \`: \` or \`#\` goes in quotes.`,
          messageZh: `开头的字段无法读取。请检查这一行:每个字段写成 \`名称: 值\`,列表项以 \`- \` 开头,含有 \`: \` 或 \`#\` 的文字要加引号。`,
        });
      }
    }
  },
});
