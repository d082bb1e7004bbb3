/** Translation parity: every entry exists in every edition's folder (see ../translations.ts). */
import { MARKDOWN_SCHEMAS } from '../../../../src/schemas/collections.ts';
import { defineRule } from '../rule.ts';
import { checkTranslations } from '../translations.ts';

export default defineRule({
  name: 'translations',
  kinds: ['one-language'],
  check({ contentDir, root }, report) {
    checkTranslations(contentDir, Object.keys(MARKDOWN_SCHEMAS), root).forEach(report);
  },
});
