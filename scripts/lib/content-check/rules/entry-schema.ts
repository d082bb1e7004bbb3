/**
 * Every frontmatter field against the collection's schema (the build's own, src/schemas/collections.ts), and a
 * single page's `kind` against its file name. A field still holding TODO is left to the placeholders rule.
 */
import { MARKDOWN_SCHEMAS } from '../../../../src/schemas/collections.ts';
import { defineRule } from '../rule.ts';
import { schemaProblems } from '../schema-issues.ts';

export default defineRule({
  name: 'entry-schema',
  kinds: ['missing-field', 'invalid-field', 'unknown-field'],
  check({ entries }, report) {
    for (const { file, parsed, collection, slug, unwritten } of entries) {
      const fields = parsed.data;
      for (const problem of schemaProblems(MARKDOWN_SCHEMAS[collection], fields, file, parsed.lineOf)) {
        if (!unwritten.has(problem.field?.split(/[.[]/)[0] ?? '')) report(problem);
      }
      if (collection === 'pages' && typeof fields.kind === 'string' && fields.kind !== slug) {
        report({
          file,
          field: 'kind',
          line: parsed.lineOf(['kind']),
          kind: 'invalid-field',
          severity: 'error',
          message: `\`kind\` is "${fields.kind}" but the file is ${slug}.md: they must be the same.`,
          messageZh: `\`kind\` 是“${fields.kind}”，文件名却是 ${slug}.md：两者必须一致。`,
        });
      }
    }
  },
});
