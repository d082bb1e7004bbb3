/** robots.txt: every crawler may read everything; the sitemap is named by its full URL (site and base). */
import type { APIRoute } from 'astro';
import { withBase } from '~/site/paths';

export const GET: APIRoute = ({ site, url }) => {
  const sitemap = new URL(withBase('sitemap-index.xml'), site ?? url.origin).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
