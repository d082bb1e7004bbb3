/**
 * A small static server for a built site, used by the benchmark instead of `astro preview` because it has to
 * count bytes: Pagefind 1.6 runs its search in a SharedWorker, whose requests page-level tools (Playwright's
 * events, a page's CDP session) do not see. Counting on the server sees every request from any context.
 * It serves like a static host: `index.html` for directories, a redirect to the trailing slash, 404.html for
 * misses, and gzip for text when the browser accepts it (Pagefind's own files are already compressed).
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml)|image\/svg)/;

export interface ServedRequest {
  path: string;
  status: number;
  /** Bytes sent: status line and headers plus the body as sent (compressed when it was). */
  bytes: number;
}

export interface StaticServer {
  /** `http://127.0.0.1:<port><base>` */
  url: string;
  /** Everything served since start or the last `mark()`. */
  since(): ServedRequest[];
  /** Starts a new counting window. */
  mark(): void;
  /** Resolves once no request has been in flight for `quietMs` (or after `timeoutMs`). */
  quiet(quietMs?: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export async function serveStatic(root: string, base = '/'): Promise<StaticServer> {
  let log: ServedRequest[] = [];
  let inFlight = 0;
  let lastActivity = performance.now();
  const prefix = base.replace(/\/?$/, '/');

  const server: Server = createServer((req, res) => {
    inFlight++;
    lastActivity = performance.now();
    const url = new URL(req.url ?? '/', 'http://localhost');
    let bodyBytes = 0;
    res.on('close', () => {
      inFlight--;
      lastActivity = performance.now();
      const head = Object.entries(res.getHeaders()).reduce((sum, [k, v]) => sum + k.length + String(v).length + 4, 17);
      log.push({ path: url.pathname, status: res.statusCode, bytes: head + bodyBytes });
    });
    const send = (status: number, file: string | null, extraHeaders: Record<string, string> = {}) => {
      const type = file ? (TYPES[extname(file)] ?? 'application/octet-stream') : 'text/plain; charset=utf-8';
      const headers: Record<string, string> = { 'content-type': type, 'cache-control': 'no-cache', ...extraHeaders };
      if (!file) {
        const body = Buffer.from(status === 404 ? 'Not found' : '');
        bodyBytes = body.length;
        res.writeHead(status, { ...headers, 'content-length': String(body.length) }).end(body);
        return;
      }
      if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        const body = gzipSync(readFileSync(file));
        bodyBytes = body.length;
        res.writeHead(status, { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding', 'content-length': String(body.length) });
        res.end(req.method === 'HEAD' ? undefined : body);
        return;
      }
      const size = statSync(file).size;
      bodyBytes = req.method === 'HEAD' ? 0 : size;
      res.writeHead(status, { ...headers, 'content-length': String(size) });
      if (req.method === 'HEAD') res.end();
      else createReadStream(file).pipe(res);
    };

    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      send(400, null);
      return;
    }
    const notFound = join(root, '404.html');
    if (!pathname.startsWith(prefix) && `${pathname}/` !== prefix) {
      send(404, existsSync(notFound) ? notFound : null);
      return;
    }
    const relative = normalize(pathname.slice(Math.min(prefix.length, pathname.length))).replace(/^(\.\.(\/|$))+/, '');
    let file = join(root, relative);
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { location: `${pathname}/${url.search}` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    if (existsSync(file) && statSync(file).isFile()) send(200, file);
    else send(404, existsSync(notFound) ? notFound : null);
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    since: () => [...log],
    mark: () => {
      log = [];
    },
    quiet: async (quietMs = 400, timeoutMs = 10_000) => {
      const started = performance.now();
      while (performance.now() - started < timeoutMs) {
        if (inFlight === 0 && performance.now() - lastActivity >= quietMs) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
