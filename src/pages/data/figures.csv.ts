/** Open data: every key figure as CSV at /data/figures.csv (RFC 4180, UTF-8 with a BOM so Excel reads Chinese). */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { toCsv } from '~/model/csv';
import { figureRecords, figureRows } from '~/model/figures/records';

export const GET: APIRoute = async () => {
  const [figures, sources] = await Promise.all([getCollection('figures'), getCollection('sources')]);
  return new Response(toCsv(figureRows(figureRecords(figures, sources))), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
