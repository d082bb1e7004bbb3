/**
 * The transport data file (src/content/transport/transport.yaml: places, lines, distances) against its schema, as
 * the build reads it: a text cut short by an unquoted comma in `{ zh-cn: …, en: … }`, a missing name or an unknown
 * mode is named here, with its line, instead of stopping `astro build` with Astro's message.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transportItem } from '../../../../src/schemas/section-data.ts';
import { parseYamlWithLines } from '../../frontmatter.ts';
import { defineRule } from '../rule.ts';
import { schemaProblems } from '../schema-issues.ts';

export const TRANSPORT_FILE = 'src/content/transport/transport.yaml';

export default defineRule({
  name: 'transport-file',
  kinds: ['missing-field', 'invalid-field', 'unknown-field'],
  check({ root }, report) {
    const path = join(root, TRANSPORT_FILE);
    if (!existsSync(path)) return;
    const yaml = parseYamlWithLines(readFileSync(path, 'utf8'));
    if (!Array.isArray(yaml.data)) return;
    yaml.data.forEach((value: unknown, index: number) => {
      const id = value && typeof value === 'object' ? String((value as { id?: unknown }).id ?? index) : String(index);
      for (const problem of schemaProblems(transportItem, value, TRANSPORT_FILE, (at) => yaml.lineOf([index, ...at]), [])) {
        report({ ...problem, field: problem.field ? `${id}.${problem.field}` : id });
      }
    });
  },
});
