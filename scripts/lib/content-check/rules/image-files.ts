/**
 * Picture files: a news item's `image` and the pictures in Markdown bodies. The build resizes and compresses a
 * news picture (astro:assets: 400, 800 and 1200 px wide, WebP), but a camera original over `IMAGE_SIZE_LIMIT`
 * slows every build and the editor's upload; and a file name with spaces or Chinese characters breaks in some
 * links and tools, so it gets a clear message asking for a plain name.
 */
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { bodyLinks, isInternal } from '../links.ts';
import { defineRule } from '../rule.ts';

/** The largest picture file accepted, in bytes (5 MB). */
export const IMAGE_SIZE_LIMIT = 5 * 1024 * 1024;

/** A name the build, the server and every browser handle the same: lower-case letters, digits, dots, dashes. */
const PLAIN_NAME = /^[a-z0-9][a-z0-9._-]*$/;

export default defineRule({
  name: 'image-files',
  kinds: ['image-too-large', 'image-file-name'],
  check({ entries, root }, report) {
    for (const { file, parsed, collection, absolute } of entries) {
      const pictures: { path: string; line: number | undefined; field?: string; shown: string }[] = [];
      if (collection === 'news' && typeof parsed.data.image === 'string') {
        const image = parsed.data.image;
        pictures.push({ path: resolve(dirname(absolute), image), line: parsed.lineOf(['image']), field: 'image', shown: image });
      }
      for (const link of bodyLinks(parsed.body, parsed.bodyLine)) {
        if (link.kind !== 'image' || /^[a-z]+:/i.test(link.url)) continue;
        const decoded = decodeURI(link.url.split(/[?#]/)[0]!);
        const path = isInternal(link.url) ? join(root, 'public', decoded) : resolve(dirname(absolute), decoded);
        pictures.push({ path, line: link.line, shown: link.url });
      }
      for (const { path, line, field, shown } of pictures) {
        const name = basename(path);
        if (!PLAIN_NAME.test(name)) {
          const plain = name.toLowerCase().replace(/[^a-z0-9.]+/g, '-').replace(/^-+|-(?=\.)/g, '') || 'picture.jpg';
          report({
            file,
            line,
            ...(field ? { field } : {}),
            kind: 'image-file-name',
            severity: 'error',
            message: `the picture's file name "${name}" has spaces, capitals or characters other than a–z, 0–9, dots and dashes: rename the file (e.g. "${/^[.-]/.test(plain) ? `2026-01-01${plain}` : plain}") and write the new name here.`,
            messageZh: `图片文件名“${name}”含有空格、大写字母或中文等字符：请把文件改名为只含小写字母、数字、点和连字符的名称（如“2026-01-01-signing.jpg”），并在这里改用新文件名。`,
          });
        }
        if (!existsSync(path)) continue;
        const size = statSync(path).size;
        if (size > IMAGE_SIZE_LIMIT) {
          const mb = (size / 1024 / 1024).toFixed(1);
          report({
            file,
            line,
            ...(field ? { field } : {}),
            kind: 'image-too-large',
            severity: 'error',
            message: `the picture ${shown} is ${mb} MB; the limit is 5 MB. Save a smaller copy (about 2400 px wide, JPEG quality 80 is plenty: the site makes its own sizes from it) and use that.`,
            messageZh: `图片 ${shown} 有 ${mb} MB，上限是 5 MB。请另存一份较小的图片（宽约 2400 像素、JPEG 质量 80 即可，网站会自动生成各种尺寸）再使用。`,
          });
        }
      }
    }
  },
});
