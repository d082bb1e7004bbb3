/**
 * News dated after today is scheduled, not published: the build leaves it out of every page, list and feed until
 * a build on or after its date (src/model/publishing.ts). Reported once per item, as a notice, on the first
 * edition's file, so staff see it is waiting and not lost — or spot a mistyped year.
 */
import { DEFAULT_LOCALE } from '../../../../src/i18n/locales.ts';
import { day } from '../context.ts';
import { defineRule } from '../rule.ts';

export default defineRule({
  name: 'scheduled-news',
  kinds: ['scheduled'],
  check({ entries, today }, report) {
    const seen = new Set<string>();
    const sorted = [...entries].sort((a, b) => Number(b.lang === DEFAULT_LOCALE) - Number(a.lang === DEFAULT_LOCALE));
    for (const { file, parsed, collection, slug } of sorted) {
      if (collection !== 'news' || parsed.data.draft === true || seen.has(slug)) continue;
      const date = day(parsed.data.date);
      if (!date || date <= today) continue;
      seen.add(slug);
      report({
        file,
        field: 'date',
        line: parsed.lineOf(['date']),
        kind: 'scheduled',
        severity: 'warning',
        message: `scheduled for ${date}: this news item (every edition) stays off the site until the first build on or after that day. If the date is a typo, correct it.`,
        messageZh: `定时发布于 ${date}：这条新闻（各语言版本）在该日当天或之后的构建中才会出现在网站上。如果日期写错了，请改正。`,
      });
    }
  },
});
