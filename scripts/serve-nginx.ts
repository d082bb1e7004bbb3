// `npm run serve:nginx`: serves the build in dist/ (or DIST_DIR) with Debian's nginx and the generated config
// (`npm run -s nginx:config`), as the town's server would, on http://127.0.0.1:NGINX_PORT/. nginx runs in the
// foreground as a child of this script, with its configuration, pid file, logs and temporary files in a fresh
// temporary folder (no root, no system configuration touched), removed again when nginx stops (Ctrl-C, SIGTERM).
// The nginx browser tests (playwright.nginx.config.ts) start it. NGINX_BIN names another nginx binary.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { nginxPort } from './lib/nginx-port.ts';

const dist = resolve(process.env.DIST_DIR ?? 'dist');
const port = nginxPort(process.env);

function findNginx(): string {
  const candidates = [process.env.NGINX_BIN, '/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx'];
  const onPath = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' }).stdout.trim();
  const found = [onPath, ...candidates].find((path) => path && existsSync(path));
  if (!found) {
    console.error(
      'serve:nginx: 找不到 nginx，请安装：sudo apt-get install -y nginx / nginx not found: install it with ' +
        '`sudo apt-get install -y nginx` (Debian/Ubuntu; `bash .ci/run` does it), or set NGINX_BIN.',
    );
    process.exit(1);
  }
  return found;
}

const nginx = findNginx();
const generated = spawnSync(process.execPath, ['scripts/nginx-config.ts'], {
  encoding: 'utf8',
  env: { ...process.env, ROOT: dist, PORT: String(port), SERVER_NAME: '127.0.0.1 localhost', DIST_DIR: dist },
});
if (generated.status !== 0) {
  process.stderr.write(generated.stderr);
  process.exit(generated.status ?? 1);
}

const prefix = mkdtempSync(join(tmpdir(), 'invest-nginx-'));
const mimeTypes = ['/etc/nginx/mime.types', '/usr/local/nginx/conf/mime.types'].find((path) => existsSync(path));
const conf = join(prefix, 'nginx.conf');
writeFileSync(
  conf,
  [
    'daemon off;',
    'worker_processes 1;',
    `pid ${prefix}/nginx.pid;`,
    `error_log ${prefix}/error.log warn;`,
    'events { worker_connections 256; }',
    'http {',
    mimeTypes ? `  include ${mimeTypes};` : '  types { text/html html; text/css css; application/javascript js mjs; application/json json; image/svg+xml svg; }',
    '  default_type application/octet-stream;',
    '  access_log off;',
    '  sendfile on;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `  ${name}_temp_path ${prefix}/${name};`),
    generated.stdout,
    '}',
    '',
  ].join('\n'),
);

const cleanUp = () => rmSync(prefix, { recursive: true, force: true });
const test = spawnSync(nginx, ['-t', '-q', '-p', prefix, '-c', conf, '-e', join(prefix, 'error.log')], { encoding: 'utf8' });
if (test.status !== 0) {
  process.stderr.write(`serve:nginx: nginx rejects the generated configuration:\n${test.stderr}`);
  cleanUp();
  process.exit(1);
}

const child = spawn(nginx, ['-p', prefix, '-c', conf, '-e', join(prefix, 'error.log')], { stdio: 'inherit' });
console.log(`serve:nginx: ${nginx} serves ${dist} on http://127.0.0.1:${port}/ (config in ${prefix}; Ctrl-C stops it)`);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  // nginx's quick shutdown; the temporary folder goes once it has exited.
  process.on(signal, () => child.kill('SIGTERM'));
}
child.on('exit', (code, signal) => {
  cleanUp();
  process.exit(code ?? (signal ? 0 : 1));
});
