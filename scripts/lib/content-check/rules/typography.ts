/**
 * Chinese typography: half-width punctuation (`,` `:` `(` `"` …) in Chinese prose, which should be full width.
 * Looks at the Markdown of every Chinese edition (frontmatter and body), the Chinese texts of the data files and
 * config modules, and the Chinese UI dictionaries; the linting itself is in ../typography.ts. `npm run
 * fix:typography` rewrites what it finds.
 */
import { defineRule } from '../rule.ts';
import type { Problem } from '../problems.ts';
import { CHINESE_LOCALES, chineseStrings, dataTexts, fieldName, lineAt, lintMany, type TypographyIssue } from '../typography.ts';

function problem(file: string, line: number | undefined, field: string, issue: TypographyIssue): Problem<'typography'> {
  return {
    file,
    line,
    field,
    kind: 'typography',
    severity: 'error',
    message: `Chinese text uses the half-width "${issue.found}": write the full-width "${issue.expected}" in Chinese prose.`,
    messageZh: `中文里用了半角的“${issue.found}”：中文行文请改用全角的“${issue.expected}”。`,
  };
}

export default defineRule({
  name: 'typography',
  kinds: ['typography'],
  check({ root, allEntries }, report) {
    for (const { file, lang, parsed } of allEntries) {
      if (!CHINESE_LOCALES.includes(lang)) continue;
      const strings = chineseStrings(parsed.data, true);
      const [bodyIssues, ...fieldIssues] = lintMany([parsed.body, ...strings.map(([, text]) => text)]);
      strings.forEach(([path], i) => {
        for (const issue of fieldIssues[i]!) report(problem(file, parsed.lineOf(path), fieldName(path), issue));
      });
      for (const issue of bodyIssues!) report(problem(file, lineAt(parsed.body, issue.index, parsed.bodyLine), 'text', issue));
    }
    for (const { file, texts } of dataTexts(root)) {
      const issues = lintMany(texts.map(({ text }) => text));
      texts.forEach(({ field, line }, k) => {
        for (const issue of issues[k]!) report(problem(file, line, field, issue));
      });
    }
  },
});
