/** /admin/config.yml: the browser editor's configuration, generated from the content schemas (src/build/cms-config.ts). */
import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { cmsConfig } from '~/build/cms-config';

/** The repository the editor saves to: CMS_REPO, else the one GitHub Actions builds, else a placeholder to replace. */
const repo = process.env.CMS_REPO ?? process.env.GITHUB_REPOSITORY ?? 'your-org/invest-changping';

export const GET: APIRoute = ({ site }) => {
  const siteUrl = new URL(import.meta.env.BASE_URL, site).href;
  const header = '# Generated from src/schemas/collections.ts by src/build/cms-config.ts: edit those, not this file.\n';
  return new Response(header + stringify(cmsConfig({ repo, siteUrl, branch: process.env.CMS_BRANCH ?? 'main' })), {
    headers: { 'Content-Type': 'application/yaml; charset=utf-8' },
  });
};
