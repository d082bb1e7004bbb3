/** Links in the text to the site itself: each leads to a page or file that exists, in the page's own edition. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { isLocale, LOCALES } from '../../../../src/i18n/locales.ts';
import { bodyLinks, isInternal, normalisePath } from '../links.ts';
import { defineRule } from '../rule.ts';

export default defineRule({
  name: 'body-links',
  kinds: ['broken-link', 'other-language-link'],
  check({ entries, root, routes }, report) {
    for (const { file, parsed, lang } of entries) {
      for (const link of bodyLinks(parsed.body, parsed.bodyLine)) {
        if (link.kind !== 'link' || !isInternal(link.url)) continue;
        const path = normalisePath(link.url);
        const localeOfLink = path.split('/')[1];
        const isPage = isLocale(localeOfLink);
        const exists = isPage ? routes.has(path) : existsSync(join(root, 'public', path));
        if (!exists) {
          report({
            file,
            line: link.line,
            kind: 'broken-link',
            severity: 'error',
            message: `the link ${link.url} leads to no page on this site: check the address (pages look like /${lang}/policies/<file name>/), or remove the link.`,
            messageZh: `链接 ${link.url} 指向的页面不存在：请检查地址（页面地址形如 /${lang}/policies/<文件名>/），或删除该链接。`,
          });
        } else if (isPage && localeOfLink !== lang) {
          const [here, there] = [LOCALES[lang].name, LOCALES[localeOfLink].name];
          const own = `/${lang}${path.slice(localeOfLink.length + 1)}`;
          report({
            file,
            line: link.line,
            kind: 'other-language-link',
            severity: 'warning',
            message: `the link ${link.url} leads to the ${there.en} site from this ${here.en} page: use ${own} unless that is intended.`,
            messageZh: `${here.zh}页面里的链接 ${link.url} 指向${there.zh}站：除非有意为之，请改为 ${own}。`,
          });
        }
      }
    }
  },
});
