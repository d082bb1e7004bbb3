/** The YAML data files (key figures, sources): readable, every entry with a unique `id`, every field valid. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_SCHEMAS } from '../../../../src/schemas/collections.ts';
import { defineRule } from '../rule.ts';
import { schemaProblems } from '../schema-issues.ts';
import { yamlProblems } from '../yaml-problems.ts';

export default defineRule({
  name: 'data-files',
  kinds: ['yaml-syntax', 'yaml-slip', 'missing-field', 'invalid-field', 'unknown-field', 'duplicate-slug', 'figure-without-source', 'figure-without-date'],
  check({ data, root }, report) {
    for (const dataFile of Object.values(data)) {
      const { file, collection } = dataFile;
      if (dataFile.exists) {
        const text = readFileSync(join(root, file), 'utf8');
        yamlProblems(file, text, 1, dataFile.yamlError ? [dataFile.yamlError] : [], {
          en: 'Check the indentation (spaces only) and that each entry starts with `- id:`.',
          zh: '请检查缩进（只能用半角空格），并确认每个条目都以 `- id:` 开头。',
        }).forEach(report);
      }
      for (const { index, id, line, duplicateOf, value } of dataFile.items) {
        if (!id) {
          report({
            file,
            line,
            field: `[${index}].id`,
            kind: 'missing-field',
            severity: 'error',
            message: 'this entry has no `id`: give it a short lower-case name with dashes, unique in the file.',
            messageZh: '该条目缺少 `id`：请起一个文件内唯一的、由小写字母和连字符组成的简短名称。',
          });
          continue;
        }
        if (duplicateOf !== undefined) {
          report({
            file,
            line,
            field: `${id}.id`,
            kind: 'duplicate-slug',
            severity: 'error',
            message: `the id "${id}" is used twice (first on line ${duplicateOf}): give one of them another id.`,
            messageZh: `编号“${id}”重复了（第一次在第 ${duplicateOf} 行）：请给其中一个改用别的编号。`,
          });
          continue;
        }
        const { schema } = DATA_SCHEMAS[collection];
        for (const problem of schemaProblems(schema, value, file, (path) => dataFile.lineOf(index, path), [])) {
          const field = problem.field ? `${id}.${problem.field}` : id;
          const figureField = collection === 'figures' && problem.kind === 'missing-field' ? problem.field : undefined;
          if (figureField === 'source') {
            report({
              ...problem,
              field,
              line,
              kind: 'figure-without-source',
              message: `the figure "${id}" has no source: add \`source:\` with the id of its source in src/content/sources/sources.yaml. A figure without a source cannot be published.`,
              messageZh: `数据“${id}”没有来源：请加上 \`source:\`，填写 src/content/sources/sources.yaml 中对应来源的编号。没有来源的数据不能发布。`,
            });
          } else if (figureField === 'asOf') {
            report({
              ...problem,
              field,
              line,
              kind: 'figure-without-date',
              message: `the figure "${id}" has no date: add \`asOf:\` with the date the number describes (for a yearly figure, 31 December of that year, e.g. 2023-12-31), or \`asOf: undated\` when the source prints no date.`,
              messageZh: `数据“${id}”没有日期：请加上 \`asOf:\`，填写该数字对应的日期（年度数据填当年12月31日，如 2023-12-31）；来源未注明日期时填 \`asOf: undated\`。`,
            });
          } else {
            report({ ...problem, field });
          }
        }
      }
    }
  },
});
