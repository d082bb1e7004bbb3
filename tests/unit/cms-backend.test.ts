import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { adminCspDirectives, backendOrigins, cmsBackend, PLACEHOLDER_REPO } from '../../src/build/cms-backend';
import { cmsConfigFile } from '../../src/build/cms-config-file';

const schema = JSON.parse(readFileSync('node_modules/@sveltia/cms/schema/sveltia-cms.json', 'utf8'));
const validate = new Ajv({ strict: false, logger: false }).compile(schema);
const site = 'https://invest.example.gov.cn/';
const gitea = { CMS_BACKEND: 'gitea', CMS_REPO: 'town/invest-site', CMS_BASE_URL: 'https://git.example.gov.cn' };

describe("the editor's backend, from the build environment", () => {
  it('is GitHub by default, with the repository GitHub Actions builds, else a placeholder to replace', () => {
    expect(cmsBackend({})).toEqual({ name: 'github', repo: PLACEHOLDER_REPO, branch: 'main' });
    expect(cmsBackend({ GITHUB_REPOSITORY: 'town/site', CMS_BRANCH: 'content' })).toEqual({ name: 'github', repo: 'town/site', branch: 'content' });
    expect(cmsBackend({ CMS_REPO: 'a/b', GITHUB_REPOSITORY: 'town/site', CMS_BACKEND: '' }).repo).toBe('a/b');
  });

  it("Gitea / Forgejo: the town's server and its API; with an OAuth client id, sign-in by PKCE", () => {
    expect(cmsBackend(gitea)).toEqual({
      name: 'gitea',
      repo: 'town/invest-site',
      branch: 'main',
      base_url: 'https://git.example.gov.cn',
      api_root: 'https://git.example.gov.cn/api/v1',
    });
    expect(cmsBackend({ ...gitea, CMS_BASE_URL: 'https://git.example.gov.cn/', CMS_APP_ID: 'abc-123' })).toMatchObject({
      base_url: 'https://git.example.gov.cn',
      app_id: 'abc-123',
    });
    expect(cmsBackend({ ...gitea, CMS_APP_ID: 'abc' })).not.toHaveProperty('auth_type');
    // GITHUB_REPOSITORY names the GitHub repository that builds, not the Gitea one.
    expect(cmsBackend({ CMS_BACKEND: 'gitea', GITHUB_REPOSITORY: 'x/y' }).repo).toBe(PLACEHOLDER_REPO);
  });

  it('GitLab: self-hosted server, nested groups, PKCE with an application id', () => {
    expect(cmsBackend({ CMS_BACKEND: 'GitLab', CMS_REPO: 'town/web/invest', CMS_BASE_URL: 'https://gitlab.example.gov.cn', CMS_APP_ID: 'id1' })).toEqual({
      name: 'gitlab',
      repo: 'town/web/invest',
      branch: 'main',
      base_url: 'https://gitlab.example.gov.cn',
      api_root: 'https://gitlab.example.gov.cn/api/v4',
      app_id: 'id1',
      auth_type: 'pkce',
    });
  });

  it('stops on a wrong value with a message in both languages naming the variable', () => {
    expect(() => cmsBackend({ CMS_BACKEND: 'svn' })).toThrow(/CMS_BACKEND 只能是.*CMS_BACKEND must be one of github, gitea, gitlab: svn/);
    expect(() => cmsBackend({ ...gitea, CMS_BASE_URL: 'git.example.gov.cn' })).toThrow(/CMS_BASE_URL must be the server's https:\/\/ address/);
    expect(() => cmsBackend({ ...gitea, CMS_BASE_URL: 'http://git.example.gov.cn' })).toThrow(/CMS_BASE_URL/);
    expect(() => cmsBackend({ ...gitea, CMS_REPO: 'invest-site' })).toThrow(/CMS_REPO 应写作.*owner\/name/);
    expect(() => cmsBackend({ CMS_BRANCH: 'my branch' })).toThrow(/CMS_BRANCH/);
  });

  it("lets the editor's policy reach the chosen server, and only that one", () => {
    const directives = adminCspDirectives(cmsBackend(gitea));
    expect(directives).toContain("connect-src 'self' blob: data: https://git.example.gov.cn");
    expect(directives).toContain('img-src blob: https://git.example.gov.cn');
    expect(directives.join(' ')).not.toContain('github');
    expect(backendOrigins(cmsBackend({})).connect).toContain('https://api.github.com');
  });
});

describe('/admin/config.yml for each backend', () => {
  for (const [label, env] of [
    ['CMS_BACKEND=gitea CMS_REPO=town/invest-site CMS_BASE_URL=https://git.example.gov.cn', gitea],
    ['gitea with an OAuth app id', { ...gitea, CMS_APP_ID: '0a1b2c3d', CMS_BRANCH: 'content' }],
    ['gitlab with PKCE', { CMS_BACKEND: 'gitlab', CMS_REPO: 'town/invest', CMS_BASE_URL: 'https://gitlab.example.gov.cn', CMS_APP_ID: 'x' }],
    ['github (default)', {}],
  ] as const) {
    it(`${label}: is valid against Sveltia CMS's own schema`, () => {
      const text = cmsConfigFile(env, site);
      expect(text.startsWith('# Generated')).toBe(true);
      const config = parse(text);
      expect(config.backend).toEqual(cmsBackend(env));
      expect(validate(config), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    }, 30_000);
  }

  it('the schema rejects what Sveltia would not accept (the check is real)', () => {
    const config = parse(cmsConfigFile(gitea, site));
    expect(validate({ ...config, backend: { ...config.backend, auth_type: 'pkce' } }), 'gitea takes no auth_type').toBe(false);
    expect(validate({ ...config, backend: { ...config.backend, name: 'forgejo-x' } })).toBe(false);
  });
});
