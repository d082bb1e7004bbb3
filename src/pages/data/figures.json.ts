/** Open data: every key figure with its labels, value, unit, date and source, as JSON at /data/figures.json. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { figureRecords } from '~/model/figures/records';
import { withBase } from '~/site/paths';
import { buildDate } from '~/model/policies/status';

export const GET: APIRoute = async ({ site, url }) => {
  const [figures, sources] = await Promise.all([getCollection('figures'), getCollection('sources')]);
  const origin = site ?? new URL(url.origin);
  const body = {
    title: { 'zh-cn': '常平镇关键数据', en: 'Changping Town key figures' },
    description: {
      'zh-cn': '常平投资网站使用的全部关键数据，每项注明数据时间和来源。数值按来源原文的单位记录。',
      en: 'Every key figure used on the Invest Changping website, each with the date it describes and its source. Values are in the unit the source uses.',
    },
    generated: buildDate().toISOString().slice(0, 10),
    homepage: new URL(withBase('zh-cn/sources/'), origin).href,
    csv: new URL(withBase('data/figures.csv'), origin).href,
    figures: figureRecords(figures, sources),
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
