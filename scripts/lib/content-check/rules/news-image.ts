/** A news item's top picture (`image`): the file exists and `imageAlt` says what it shows. */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { defineRule } from '../rule.ts';
import { missingNewsImage } from '../../../../src/model/news/images.ts';

export default defineRule({
  name: 'news-image',
  kinds: ['image-without-alt', 'missing-image'],
  check({ entries }, report) {
    for (const { file, parsed, collection, absolute } of entries) {
      const { image, imageAlt } = parsed.data;
      if (collection !== 'news' || typeof image !== 'string') continue;
      if (!(typeof imageAlt === 'string' && imageAlt.trim())) {
        report({
          file,
          field: 'imageAlt',
          line: parsed.lineOf(['image']),
          kind: 'image-without-alt',
          severity: 'error',
          message: 'the picture (`image`) has no `imageAlt`: add `imageAlt:` saying in a sentence what the picture shows, for readers who cannot see it.',
          messageZh: '图片（`image`）缺少 `imageAlt`：请加上 `imageAlt:`，用一句话说明图片内容，供看不到图片的读者使用。',
        });
      }
      if (!existsSync(resolve(dirname(absolute), image))) {
        report({
          file,
          field: 'image',
          line: parsed.lineOf(['image']),
          kind: 'missing-image',
          severity: 'error',
          ...missingNewsImage(image),
        });
      }
    }
  },
});
