// `npm run -s nginx:config`: prints the nginx server block for the build in dist/ (or DIST_DIR), with the same
// security headers and Content-Security-Policy as dist/_headers. Environment: ROOT (document root on the server,
// default: this dist/), PORT (default 80), SERVER_NAME (default localhost), BASE (the build's base path, default /),
// TLS_CERT and TLS_KEY (serve HTTPS). See docs/deploy.md.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { collectPolicies, headerCsp } from '../src/build/security-headers.ts';
import { nginxConfig, nginxEnv } from '../src/build/nginx-config.ts';

const dist = resolve(process.env.DIST_DIR ?? 'dist');
try {
  if (!existsSync(resolve(dist, 'index.html'))) {
    throw new Error(`${dist} 中没有构建结果，请先运行 npm run build / No build in ${dist}: run \`npm run build\` first`);
  }
  // The base path the build was made for: the first rule of its _headers (`/changping/*`).
  const headersPath = resolve(dist, '_headers');
  const built = existsSync(headersPath)
    ? readFileSync(headersPath, 'utf8').split('\n').find((line) => line.startsWith('/'))?.replace(/\*$/, '')
    : undefined;
  if (built && process.env.BASE && process.env.BASE.replace(/\/?$/, '/') !== built) {
    throw new Error(`BASE=${process.env.BASE} 与构建的 ${built} 不一致 / BASE=${process.env.BASE} differs from the build's ${built}`);
  }
  const options = nginxEnv({ ...process.env, BASE: process.env.BASE ?? built }, dist);
  const { site, admin } = collectPolicies(dist);
  if (site.length === 0) throw new Error(`${dist} 的页面没有安全策略 / The pages in ${dist} carry no policy`);
  const adminPolicy = admin.length ? headerCsp(admin) : undefined;
  process.stdout.write(nginxConfig({ ...options, sitePolicy: headerCsp(site), adminPolicy }));
} catch (error) {
  console.error(`nginx:config: ${(error as Error).message}`);
  process.exit(1);
}
