/** The template's TODO left in a field or in the text (`npm run new` writes TODO where the editor must write). */
import { PLACEHOLDER, stringsIn } from '../context.ts';
import { defineRule } from '../rule.ts';

export default defineRule({
  name: 'placeholders',
  kinds: ['placeholder'],
  check({ entries }, report) {
    for (const { file, parsed } of entries) {
      // One message per top-level field, however many of its strings still say TODO.
      const seen = new Set<string>();
      for (const [path, text] of stringsIn(parsed.data)) {
        const field = String(path[0]);
        if (!PLACEHOLDER.test(text) || seen.has(field)) continue;
        seen.add(field);
        report({
          file,
          field,
          line: parsed.lineOf(path),
          kind: 'placeholder',
          severity: 'error',
          message: `\`${field}\` still has the template's TODO: write the real value here (the comment above it says what goes in).`,
          messageZh: `\`${field}\` 还是模板里的 TODO：请填写真正的内容（上方注释说明了要填什么）。`,
        });
      }
      const todoLine = parsed.body.split('\n').findIndex((text) => PLACEHOLDER.test(text));
      if (todoLine >= 0) {
        report({
          file,
          line: parsed.bodyLine + todoLine,
          kind: 'placeholder',
          severity: 'error',
          message: "the text still has the template's TODO (first on this line): replace it with the real text.",
          messageZh: '正文还留着模板里的 TODO（从这一行起）：请换成真正的内容。',
        });
      }
    }
  },
});
