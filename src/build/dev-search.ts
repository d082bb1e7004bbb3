/**
 * Search in the dev preview: the dev server builds a Pagefind index of its own pages (fetched from itself, link by
 * link from each language's home page), keeps it in memory and serves it at <base>pagefind/, where the built site
 * has it. Rebuilt a moment after content changes, so staff find what investors will find. The production index is
 * still built from dist/ by scripts/pagefind.ts.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import type { ViteDevServer } from 'vite';
import { extendedBinary } from '../../scripts/lib/pagefind-build.ts';
import { LOCALE_KEYS } from '../i18n/locales.ts';
import { crawl } from './crawl.ts';

const TYPES: Record<string, string> = { js: 'text/javascript', css: 'text/css', json: 'application/json', wasm: 'application/wasm' };

export function devSearch(server: ViteDevServer, logger: AstroIntegrationLogger): { rebuild(): void } {
  const base = server.config.base || '/';
  let files = new Map<string, Uint8Array>();
  let running: Promise<void> | undefined;
  let again = false;

  async function build(origin: string) {
    process.env.PAGEFIND_EXTENDED_BINARY_PATH ??= extendedBinary();
    const pages = await crawl(origin, LOCALE_KEYS.map((locale) => `${base}${locale}/`), base);
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(errors.join('; '));
    for (const page of pages) await index.addHTMLFile({ url: page.path.slice(base.length - 1), content: page.html });
    const result = await index.getFiles();
    files = new Map(result.files.map((file) => [file.path.replace(/^\/+/, ''), file.content]));
    await index.deleteIndex();
    logger.info(`search index: ${pages.length} pages (served at ${base}pagefind/)`);
  }

  function rebuild() {
    const address = server.httpServer?.address();
    if (!address || typeof address === 'string') return;
    const origin = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
    if (running) {
      again = true;
      return;
    }
    running = build(origin)
      .catch((error: unknown) => logger.warn(`search index not built: ${error instanceof Error ? error.message : error}`))
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          rebuild();
        }
      });
  }

  server.httpServer?.once('listening', () => setTimeout(rebuild, 500));
  server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const path = (req.url ?? '').split('?')[0]!;
    if (!path.startsWith(`${base}pagefind/`)) return next();
    const file = files.get(path.slice(`${base}pagefind/`.length));
    if (!file) {
      res.statusCode = 404;
      return res.end(running ? 'The search index is being built: try again in a moment.' : 'Not found');
    }
    res.setHeader('content-type', TYPES[path.split('.').at(-1)!] ?? 'application/octet-stream');
    res.setHeader('cache-control', 'no-store');
    res.end(file);
  });
  return { rebuild };
}
