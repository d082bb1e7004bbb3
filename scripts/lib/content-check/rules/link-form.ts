/**
 * Links to the site's own pages are written one way: from the root, with the trailing slash the pages have
 * (`/en/contact/`). A relative link (`../contact/`) breaks when the page moves or the site sits under a sub-path;
 * a slash-less one (`/en/contact`) is a redirect or a 404 on static hosting; one with the site's own domain
 * (`https://invest-changping.example.org/en/contact/`) skips the link check and breaks on a preview or mirror.
 */
import { siteOrigin } from '../../../../src/site/origin.ts';
import { bodyLinks, isInternal } from '../links.ts';
import { defineRule } from '../rule.ts';

/** The root-relative form of a link that the rule prefers, when it can tell. */
function rootForm(path: string): string {
  const [bare, rest = ''] = path.split(/(?=[?#])/, 2) as [string, string?];
  return /\.[a-z0-9]+$/i.test(bare) || bare.endsWith('/') ? `${bare}${rest}` : `${bare}/${rest}`;
}

export default defineRule({
  name: 'link-form',
  kinds: ['relative-link', 'link-without-slash', 'own-domain-link'],
  check({ entries }, report) {
    const origin = siteOrigin();
    const host = new URL(origin).host;
    for (const { file, parsed, lang } of entries) {
      for (const link of bodyLinks(parsed.body, parsed.bodyLine)) {
        if (link.kind !== 'link') continue;
        const { url, line } = link;
        const absolute = /^(?:https?:)?\/\/([^/?#]+)(.*)$/i.exec(url);
        if (absolute && absolute[1]!.toLowerCase() === host.toLowerCase()) {
          const path = rootForm(absolute[2] || '/');
          report({
            file,
            line,
            kind: 'own-domain-link',
            severity: 'error',
            message: `the link ${url} names the site's own domain: write it from the root, ${path}, so it works on every preview and mirror and the link check can follow it.`,
            messageZh: `链接 ${url} 写上了本站域名：请改为从根目录写起的 ${path}，这样在预览站和镜像站上都能用，链接检查也能核对它。`,
          });
          continue;
        }
        if (/^(?:\.{1,2}\/|\.{1,2}$)/.test(url) || (!/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('/') && !url.startsWith('#') && /^[\w.-]+\/?([?#].*)?$/.test(url) && !/\.[a-z]{2,4}$/i.test(url.split(/[?#]/)[0]!))) {
          report({
            file,
            line,
            kind: 'relative-link',
            severity: 'error',
            message: `the link ${url} is written relative to this page: write the full path from the root instead, such as /${lang}/contact/ (pages look like /${lang}/<section>/<file name>/).`,
            messageZh: `链接 ${url} 是相对于本页的写法：请改为从根目录写起的完整路径，如 /${lang}/contact/（页面地址形如 /${lang}/<栏目>/<文件名>/）。`,
          });
          continue;
        }
        if (!isInternal(url)) continue;
        const bare = url.split(/[?#]/)[0]!;
        if (bare !== '/' && !bare.endsWith('/') && !/\.[a-z0-9]+$/i.test(bare)) {
          report({
            file,
            line,
            kind: 'link-without-slash',
            severity: 'error',
            message: `the link ${url} has no slash at the end: write ${rootForm(url)} — the site's pages all end with /, and without it the link is a redirect or a "page not found".`,
            messageZh: `链接 ${url} 结尾缺少斜杠：请写成 ${rootForm(url)}——本站页面地址都以 / 结尾，没有斜杠会跳转或显示“页面不存在”。`,
          });
        }
      }
    }
  },
});
