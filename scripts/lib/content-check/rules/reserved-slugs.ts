/**
 * No entry takes the address of a page its section already has (`policies/finder` is the incentive finder).
 * Reported once per file name, on its first edition: the name must change in every language.
 */
import { reservedSlugs } from '../../../../src/site/sections.ts';
import { defineRule } from '../rule.ts';

export default defineRule({
  name: 'reserved-slugs',
  kinds: ['invalid-field'],
  check({ entries }, report) {
    const reported = new Set<string>();
    for (const { file, lang, slug, collection } of entries) {
      const key = `${collection}/${slug}`;
      if (!reservedSlugs(collection).includes(slug) || reported.has(key)) continue;
      reported.add(key);
      report({
        file,
        field: 'file name',
        kind: 'invalid-field',
        severity: 'error',
        message: `/${lang}/${key}/ is already the address of another page of the site: rename this file (in every language) to something other than "${slug}".`,
        messageZh: `/${lang}/${key}/ 已是本站另一个页面的网址：请把这个文件（各语言版本）改名，不要用“${slug}”。`,
      });
    }
  },
});
