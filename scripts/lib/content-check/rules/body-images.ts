/** Images in the text: each with alt text, and each local file present (under public/ for `/…` paths). */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { bodyLinks, isInternal } from '../links.ts';
import { defineRule } from '../rule.ts';

export default defineRule({
  name: 'body-images',
  kinds: ['image-without-alt', 'missing-image'],
  check({ entries, root }, report) {
    for (const { file, parsed, absolute } of entries) {
      for (const link of bodyLinks(parsed.body, parsed.bodyLine)) {
        if (link.kind !== 'image') continue;
        if (!link.alt) {
          report({
            file,
            line: link.line,
            kind: 'image-without-alt',
            severity: 'error',
            message: `the image ${link.url} has no alt text: write what it shows between the brackets, ![like this](${link.url}).`,
            messageZh: `图片 ${link.url} 缺少替代文字：请在方括号里写明图片内容，如 ![常平新城效果图](${link.url})。`,
          });
        }
        const local = !/^[a-z]+:/i.test(link.url) && !link.url.startsWith('//');
        const path = decodeURI(link.url.replace(/[?#].*$/, ''));
        const target = isInternal(link.url) ? join(root, 'public', path) : resolve(dirname(absolute), path);
        if (local && !existsSync(target)) {
          report({
            file,
            line: link.line,
            kind: 'missing-image',
            severity: 'error',
            message: `the image ${link.url} is not there: put the file in public/images/ and write ![…](/images/<file name>).`,
            messageZh: `找不到图片 ${link.url}：请把图片放进 public/images/，并写成 ![…](/images/<文件名>)。`,
          });
        }
      }
    }
  },
});
