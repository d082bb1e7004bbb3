/** /admin/config.yml: the browser editor's configuration, generated from the content schemas (src/build/cms-config.ts). */
import type { APIRoute } from 'astro';
import { cmsConfigFile } from '~/build/cms-config-file';

/** Where the editor saves comes from the build's environment (src/build/cms-backend.ts; docs/deploy.md). */
export const GET: APIRoute = ({ site }) => {
  const siteUrl = new URL(import.meta.env.BASE_URL, site).href;
  return new Response(cmsConfigFile(process.env, siteUrl), {
    headers: { 'Content-Type': 'application/yaml; charset=utf-8' },
  });
};
