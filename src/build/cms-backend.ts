/**
 * Where the browser editor at /admin/ saves: the `backend` of /admin/config.yml, from the environment of the build,
 * and the origins the editor's Content-Security-Policy must allow for it. Options as Sveltia CMS reads them
 * (its schema: node_modules/@sveltia/cms/schema/sveltia-cms.json):
 * - `github` (default): GitHub. Sign-in with a personal access token, or through an OAuth authenticator at CMS_BASE_URL.
 * - `gitea`: a self-hosted Gitea (≥ 1.24) or Forgejo (≥ 12). CMS_BASE_URL is the server; CMS_APP_ID the client id of
 *   its OAuth application (public client, PKCE: no authentication server needed); without it, a personal access token.
 * - `gitlab`: gitlab.com or a self-hosted GitLab at CMS_BASE_URL; with CMS_APP_ID, sign-in with PKCE.
 */
import { ADMIN_CSP_ADDITIONS } from './security.ts';

export const CMS_BACKENDS = ['github', 'gitea', 'gitlab'] as const;
export type CmsBackendName = (typeof CMS_BACKENDS)[number];

/** The `backend` block of the editor's configuration. */
export interface CmsBackend {
  name: CmsBackendName;
  /** owner/name (GitLab: group/…/project). */
  repo: string;
  branch: string;
  /** The server (Gitea, GitLab) or the OAuth authenticator (GitHub). */
  base_url?: string;
  /** The server's REST API. */
  api_root?: string;
  /** Client id of the OAuth application. */
  app_id?: string;
  /** GitLab: `pkce` signs in from the browser with app_id alone. */
  auth_type?: 'pkce';
}

/** What the build reads; unset and empty values mean the same. */
export interface CmsEnv {
  CMS_BACKEND?: string | undefined;
  CMS_REPO?: string | undefined;
  CMS_BRANCH?: string | undefined;
  CMS_BASE_URL?: string | undefined;
  CMS_APP_ID?: string | undefined;
  /** Set by GitHub Actions: the repository being built, used when CMS_REPO is not set (GitHub only). */
  GITHUB_REPOSITORY?: string | undefined;
}

/** The repository a build without CMS_REPO points at: staff see at once that it must be set. */
export const PLACEHOLDER_REPO = 'your-org/invest-changping';

const DEFAULT_SERVER: Record<CmsBackendName, string> = {
  github: 'https://github.com',
  gitea: 'https://gitea.com',
  gitlab: 'https://gitlab.com',
};
const API_PATH: Record<CmsBackendName, string> = { github: '', gitea: '/api/v1', gitlab: '/api/v4' };

const value = (text: string | undefined) => (text?.trim() ? text.trim() : undefined);

/** An https:// address (http:// only for this machine), without a trailing slash. */
function serverUrl(text: string): string | undefined {
  try {
    const url = new URL(text);
    const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
    if (url.protocol !== 'https:' && !(local && url.protocol === 'http:')) return undefined;
    if (url.search || url.hash) return undefined;
    return url.href.replace(/\/+$/, '');
  } catch {
    return undefined;
  }
}

/** The editor's backend from the environment; a wrong value stops the build with a message in both languages. */
export function cmsBackend(env: CmsEnv): CmsBackend {
  const problems: string[] = [];
  const name = (value(env.CMS_BACKEND) ?? 'github').toLowerCase() as CmsBackendName;
  if (!CMS_BACKENDS.includes(name)) {
    problems.push(`CMS_BACKEND 只能是 ${CMS_BACKENDS.join('、')} / CMS_BACKEND must be one of ${CMS_BACKENDS.join(', ')}: ${env.CMS_BACKEND}`);
  }
  const repo = value(env.CMS_REPO) ?? (name === 'github' ? value(env.GITHUB_REPOSITORY) : undefined) ?? PLACEHOLDER_REPO;
  const repoPattern = name === 'gitlab' ? /^[\w.-]+(\/[\w.-]+)+$/ : /^[\w.-]+\/[\w.-]+$/;
  if (!repoPattern.test(repo)) {
    problems.push(`CMS_REPO 应写作 所有者/仓库名 / CMS_REPO must be written owner/name: ${repo}`);
  }
  const branch = value(env.CMS_BRANCH) ?? 'main';
  if (/\s|\.\.|^[-/]|\/$/.test(branch)) problems.push(`CMS_BRANCH 不是有效的分支名 / CMS_BRANCH is not a valid branch name: ${branch}`);
  const rawBase = value(env.CMS_BASE_URL);
  const base = rawBase === undefined ? undefined : serverUrl(rawBase);
  if (rawBase !== undefined && base === undefined) {
    problems.push(`CMS_BASE_URL 应为 https:// 开头的服务器地址 / CMS_BASE_URL must be the server's https:// address: ${rawBase}`);
  }
  const appId = value(env.CMS_APP_ID);
  if (problems.length) throw new Error(`编辑器后端配置有误 / The editor backend settings are wrong:\n${problems.join('\n')}`);

  const backend: CmsBackend = { name, repo, branch };
  if (name === 'github') {
    // GitHub: base_url is the OAuth authenticator (e.g. sveltia-cms-auth); the API stays api.github.com.
    if (base) backend.base_url = base;
    if (appId) backend.app_id = appId;
    return backend;
  }
  const server = base ?? DEFAULT_SERVER[name];
  backend.base_url = server;
  backend.api_root = `${server}${API_PATH[name]}`;
  if (appId) {
    backend.app_id = appId;
    if (name === 'gitlab') backend.auth_type = 'pkce';
  }
  return backend;
}

/** The origins the editor talks to (connect-src) and shows images from (img-src) for this backend. */
export function backendOrigins(backend: CmsBackend): { connect: string[]; img: string[] } {
  if (backend.name === 'github') {
    const connect = ['https://api.github.com', 'https://www.githubstatus.com', 'https://raw.githubusercontent.com'];
    if (backend.base_url) connect.push(new URL(backend.base_url).origin);
    return { connect, img: ['https://avatars.githubusercontent.com', 'https://raw.githubusercontent.com'] };
  }
  const origins = [...new Set([backend.base_url!, backend.api_root!].map((url) => new URL(url).origin))];
  return { connect: origins, img: origins };
}

/** A directive of the editor's additions, by name (`connect-src …`), as Astro's CSP API types it. */
type AdminDirective = `${(typeof ADMIN_CSP_ADDITIONS.directives)[number] extends `${infer Name} ${string}` ? Name : never} ${string}`;

/** The editor page's extra CSP directives, with this backend's origins in connect-src and img-src. */
export function adminCspDirectives(backend: CmsBackend): AdminDirective[] {
  const { connect, img } = backendOrigins(backend);
  return ADMIN_CSP_ADDITIONS.directives.map((directive): AdminDirective => {
    if (directive.startsWith('connect-src ')) return `${directive} ${connect.join(' ')}` as AdminDirective;
    if (directive.startsWith('img-src ')) return `${directive} ${img.join(' ')}` as AdminDirective;
    return directive;
  });
}
