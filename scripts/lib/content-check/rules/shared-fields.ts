/**
 * The fields that are not text (dates, expiry, status, sectors, tags …; see src/schemas/shared-fields.ts) agree
 * across the editions of an entry. Compared after the schema fills in defaults, so a left-out `focus: false`
 * equals a written one. Reported on each edition that differs from the first edition's file.
 */
import { DEFAULT_LOCALE, LOCALES } from '../../../../src/i18n/locales.ts';
import { MARKDOWN_SCHEMAS } from '../../../../src/schemas/collections.ts';
import { sharedFieldNames } from '../../../../src/schemas/shared-fields.ts';
import type { EntryFile } from '../rule.ts';
import { defineRule } from '../rule.ts';

/** A value as it is compared and shown: days as YYYY-MM-DD, lists of choices in any order. */
function shown(value: unknown, name: string): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value) && name !== 'figures') return JSON.stringify([...value].map(String).sort());
  return value === undefined ? '(not written)' : JSON.stringify(value);
}

export default defineRule({
  name: 'shared-fields',
  kinds: ['shared-field-mismatch'],
  check({ entries }, report) {
    const groups = new Map<string, EntryFile[]>();
    for (const entry of entries) {
      const key = `${entry.collection}/${entry.slug}`;
      groups.set(key, [...(groups.get(key) ?? []), entry]);
    }
    for (const group of groups.values()) {
      const first = group.find((entry) => entry.lang === DEFAULT_LOCALE);
      if (!first) continue;
      const schema = MARKDOWN_SCHEMAS[first.collection];
      const base = schema.safeParse(first.parsed.data);
      if (!base.success) continue;
      const names = sharedFieldNames(schema);
      for (const other of group) {
        if (other === first) continue;
        const parsed = schema.safeParse(other.parsed.data);
        if (!parsed.success) continue;
        for (const name of names) {
          const [mine, theirs] = [(parsed.data as Record<string, unknown>)[name], (base.data as Record<string, unknown>)[name]];
          if (shown(mine, name) === shown(theirs, name)) continue;
          const there = LOCALES[first.lang].name;
          report({
            file: other.file,
            field: name,
            line: other.parsed.lineOf([name]),
            kind: 'shared-field-mismatch',
            severity: 'error',
            message: `\`${name}\` is ${shown(mine, name)} here but ${shown(theirs, name)} in the ${there.en} edition (${first.file}): it is not text, so every edition must say the same — correct whichever is wrong.`,
            messageZh: `\`${name}\` 在这里是 ${shown(mine, name)}，在${there.zh}版（${first.file}）却是 ${shown(theirs, name)}：这不是需要翻译的文字，各语言版本必须一致——请改正写错的一方。`,
          });
        }
      }
    }
  },
});
