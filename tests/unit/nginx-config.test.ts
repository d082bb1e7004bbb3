import { describe, expect, it } from 'vitest';
import { headerCsp, headersFile } from '../../src/build/security-headers';
import { IMMUTABLE, nginxConfig, nginxEnv, nginxString } from '../../src/build/nginx-config';
import { SECURITY_HEADERS } from '../../src/build/security';

const site = ["default-src 'self'; script-src 'self' 'sha256-a'", "default-src 'self'; script-src 'self' 'sha256-b'"];
const admin = ["default-src 'self'; connect-src 'self' https://git.example.gov.cn"];
const options = { root: '/srv/site', port: 8080, serverName: 'invest.example.gov.cn', base: '/', sitePolicy: headerCsp(site), adminPolicy: headerCsp(admin) };

/** The lines of one `location … {` block (nested blocks included). */
function block(config: string, opening: string): string {
  const start = config.indexOf(opening);
  expect(start, opening).toBeGreaterThan(-1);
  let depth = 0;
  for (let i = start; i < config.length; i++) {
    if (config[i] === '{') depth++;
    if (config[i] === '}' && --depth === 0) return config.slice(start, i + 1);
  }
  throw new Error(`unclosed ${opening}`);
}

describe('the nginx configuration', () => {
  const config = nginxConfig(options);

  it('is one server block for the given root, port and host', () => {
    expect(config).toMatch(/^server \{$/m);
    expect(config).toContain('  listen 8080;');
    expect(config).toContain('  server_name invest.example.gov.cn;');
    expect(config).toContain('  root "/srv/site";');
    expect(config.match(/\{/g)!.length).toBe(config.match(/\}/g)!.length);
  });

  it('sends the same policy as dist/_headers (one policy, two outputs), with every security header, always', () => {
    const headers = headersFile('/', site, admin);
    const sitePolicy = /^\/\*\n {2}Content-Security-Policy: (.*)$/m.exec(headers)![1]!;
    expect(config).toContain(`  add_header Content-Security-Policy "${sitePolicy}" always;`);
    expect(sitePolicy).toContain("'sha256-a' 'sha256-b'");
    expect(sitePolicy).toContain("frame-ancestors 'none'");
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(config).toContain(`  add_header ${name} "${value}" always;`);
  });

  it('gives the editor its own policy, and repeats every header where a location sets its own (nginx does not merge them)', () => {
    const editor = block(config, 'location ^~ /admin/ {');
    expect(editor).toContain(`add_header Content-Security-Policy "${headerCsp(admin)}" always;`);
    expect(editor).not.toContain('sha256-a');
    expect(editor).toContain('default_type application/yaml;');
    const assets = block(config, 'location ^~ /_astro/ {');
    for (const located of [editor, assets]) {
      for (const name of Object.keys(SECURITY_HEADERS)) expect(located).toContain(`add_header ${name} `);
    }
  });

  it('keeps only hashed assets a year; everything else revalidates', () => {
    expect(block(config, 'location ^~ /_astro/ {')).toContain(`add_header Cache-Control "${IMMUTABLE}" always;`);
    expect(config.split(IMMUTABLE).length - 1).toBe(1);
    expect(config).toMatch(/^ {2}add_header Cache-Control "no-cache" always;$/m);
  });

  it('serves the 404 page, compresses text and names the types of search files, WebAssembly and feeds', () => {
    expect(config).toContain('error_page 404 /404.html;');
    expect(config).toContain('absolute_redirect off;');
    expect(config).toMatch(/gzip_types [^;]*text\/css[^;]*application\/javascript[^;]*application\/rss\+xml/);
    expect(config).not.toMatch(/gzip_types [^;]*octet-stream/);
    expect(block(config, 'location ~ \\.(pagefind|')).toContain('default_type application/octet-stream;');
    expect(block(config, 'location ~ \\.wasm$ {')).toContain('default_type application/wasm;');
    expect(block(config, 'location ~ /rss\\.xml$ {')).toContain('default_type application/rss+xml;');
    expect(block(config, 'location = /_headers {')).toContain('return 404;');
  });

  it('serves a site built for a sub-path under that path', () => {
    const sub = nginxConfig({ ...options, base: '/invest' });
    expect(sub).toContain('error_page 404 /invest/404.html;');
    expect(sub).toContain('location ^~ /invest/_astro/ {');
    expect(sub).toContain('location = /invest/admin/config.yml {');
  });

  it('serves HTTPS with HSTS when given a certificate, and leaves the editor block out when there is no editor', () => {
    const tls = nginxConfig({ ...options, adminPolicy: undefined, tls: { certificate: '/etc/ssl/site.pem', key: '/etc/ssl/site.key' } });
    expect(tls).toContain('  listen 8080 ssl;');
    expect(tls).toContain('  ssl_certificate "/etc/ssl/site.pem";');
    expect(tls).toContain('add_header Strict-Transport-Security "max-age=31536000" always;');
    expect(tls).not.toContain('/admin/');
    expect(config).not.toContain('Strict-Transport-Security');
  });

  it('quotes values safely and refuses what nginx would read as a variable', () => {
    expect(nginxString('a "b"')).toBe('"a \\"b\\""');
    expect(() => nginxString('script-src $x')).toThrow(/\$/);
  });

  it('reads ROOT, PORT, SERVER_NAME and BASE, and names what is wrong in both languages', () => {
    expect(nginxEnv({ ROOT: '/srv/site', PORT: '8080', SERVER_NAME: 'invest.example.gov.cn' }, '/work/dist')).toEqual({
      root: '/srv/site',
      port: 8080,
      serverName: 'invest.example.gov.cn',
      base: '/',
      tls: undefined,
    });
    expect(nginxEnv({}, '/work/dist')).toMatchObject({ root: '/work/dist', port: 80, serverName: 'localhost' });
    expect(() => nginxEnv({ PORT: 'eighty' }, '/d')).toThrow(/PORT 必须.*PORT must/);
    expect(() => nginxEnv({ ROOT: 'srv' }, '/d')).toThrow(/ROOT must be an absolute path/);
    expect(() => nginxEnv({ SERVER_NAME: 'a;b' }, '/d')).toThrow(/SERVER_NAME/);
    expect(() => nginxEnv({ TLS_CERT: '/c.pem' }, '/d')).toThrow(/TLS_KEY/);
  });
});
