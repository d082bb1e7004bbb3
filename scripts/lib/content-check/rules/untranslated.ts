/**
 * `untranslated: true` marks a copy published with a "not yet translated" notice; a reminder per copy, and an
 * error when every edition of an entry carries the mark (one of them must be the original).
 */
import { fallbackChain, LOCALES } from '../../../../src/i18n/locales.ts';
import { defineRule } from '../rule.ts';

export default defineRule({
  name: 'untranslated',
  kinds: ['untranslated'],
  check({ entries }, report) {
    const marked = entries.filter((entry) => entry.parsed.data.untranslated === true);
    const count = new Map<string, number>();
    const editions = new Map<string, number>();
    for (const entry of entries) editions.set(`${entry.collection}/${entry.slug}`, (editions.get(`${entry.collection}/${entry.slug}`) ?? 0) + 1);
    for (const entry of marked) count.set(`${entry.collection}/${entry.slug}`, (count.get(`${entry.collection}/${entry.slug}`) ?? 0) + 1);
    for (const { file, parsed, collection, slug, lang } of marked) {
      const key = `${collection}/${slug}`;
      const everyCopy = (count.get(key) ?? 0) > 1 && count.get(key) === editions.get(key);
      // The notice links the edition's first fallback (src/components/content/UntranslatedNotice.astro).
      const original = fallbackChain(lang)[0]!;
      const [name, originalName] = [LOCALES[lang].name, LOCALES[original].name];
      report({
        file,
        field: 'untranslated',
        line: parsed.lineOf(['untranslated']),
        kind: 'untranslated',
        severity: everyCopy ? 'error' : 'warning',
        message: everyCopy
          ? 'every language version is marked `untranslated: true`: one of them is the original — remove the mark from it.'
          : `not yet translated into ${name.en}: it is published with a notice linking the ${originalName.en} page. Translate it, then delete \`untranslated: true\`.`,
        messageZh: everyCopy
          ? '所有语言版本都标了 `untranslated: true`：其中一个是原文，请去掉原文上的标记。'
          : `尚未译成${name.zh}：页面发布时会带提示并链接${originalName.zh}版。译好后删除 \`untranslated: true\`。`,
      });
    }
  },
});
