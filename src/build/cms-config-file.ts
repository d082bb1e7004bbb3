/**
 * The text of /admin/config.yml for a build: the editor configuration (src/build/cms-config.ts) with the backend the
 * environment names (src/build/cms-backend.ts: CMS_BACKEND, CMS_REPO, CMS_BRANCH, CMS_BASE_URL, CMS_APP_ID).
 */
import { stringify } from 'yaml';
import { cmsBackend, type CmsEnv } from './cms-backend.ts';
import { cmsConfig } from './cms-config.ts';

export const CONFIG_FILE_HEADER =
  '# Generated from src/schemas/collections.ts by src/build/cms-config.ts: edit those, not this file.\n' +
  '# The backend comes from the build environment (CMS_BACKEND, CMS_REPO, …): see docs/deploy.md.\n';

export function cmsConfigFile(env: CmsEnv, siteUrl: string): string {
  const backend = cmsBackend(env);
  return CONFIG_FILE_HEADER + stringify(cmsConfig({ repo: backend.repo, branch: backend.branch, siteUrl, backend }));
}
