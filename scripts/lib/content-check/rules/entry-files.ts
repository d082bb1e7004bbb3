/** Markdown file names: each one a valid page address, and no two files with the same address. */
import { defineRule } from '../rule.ts';

const SLUG = /^[a-z0-9][a-z0-9-]*$/;

export default defineRule({
  name: 'entry-files',
  kinds: ['duplicate-slug', 'invalid-field'],
  check({ duplicates, allEntries }, report) {
    for (const { file, earlier, lang, collection, key } of duplicates) {
      report({
        file,
        kind: 'duplicate-slug',
        severity: 'error',
        message: `has the same address as ${earlier} (/${lang}/${collection}/${key}/): keep one of the two files, or rename one.`,
        messageZh: `与 ${earlier} 的网址相同（/${lang}/${collection}/${key}/）：两个文件只保留一个，或给其中一个改名。`,
      });
    }
    for (const { file, slug } of allEntries) {
      if (SLUG.test(slug)) continue;
      report({
        file,
        field: 'file name',
        kind: 'invalid-field',
        severity: 'error',
        message: `the file name "${slug}" becomes the page address: use only lower-case letters, digits and dashes (e.g. 2026-12-01-site-visit.md).`,
        messageZh: `文件名“${slug}”就是网址：只能用小写英文字母、数字和连字符（如 2026-12-01-site-visit.md）。`,
      });
    }
  },
});
