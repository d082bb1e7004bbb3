/**
 * The content check in the dev server: run on start and after every change under src/content, printed in the
 * terminal, and shown in the browser — a panel at the foot of every page while problems remain, and in place of a
 * page that fails (a 404 for an entry left out because it is broken, a 500 for a page that cannot render), a page
 * that lists them. The browser reloads after each check, so the panel comes and goes as files are saved.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { relative, sep } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import type { ViteDevServer } from 'vite';
import type { CheckReport } from '../../scripts/lib/content-check/report.ts';

/** The panel's module: site code (it speaks through the site's dictionaries), so the dev server's loader reads it. */
type PanelModule = typeof import('./problem-panel.ts');

/** Requests for pages (not Vite's modules, scripts, styles or files). */
const isPageRequest = (req: IncomingMessage) => {
  const path = (req.url ?? '/').split('?')[0]!;
  return req.method === 'GET' && !/\/(@|_astro|node_modules|src)\b/.test(path) && (!/\.\w+$/.test(path) || path.endsWith('.html'));
};

export function devProblems(
  server: ViteDevServer,
  logger: AstroIntegrationLogger,
  check: () => CheckReport,
  onContentChange: () => void = () => {},
): void {
  let report = check();
  const print = () => (report.errors ? logger.error(report.text) : report.warnings ? logger.warn(report.text) : logger.info(report.text.split('\n')[0]!));
  print();

  const root = server.config.root;
  const base = server.config.base || '/';
  // Loaded by Vite, as the pages are, and not with this file: this file is part of astro.config.mjs, which Node
  // then loads on its own, without Vite's loader (src/i18n/translate.ts needs Vite; docs/performance.md).
  let panel: Promise<PanelModule> | undefined;
  const loadPanel = () => (panel ??= server.ssrLoadModule('/src/build/problem-panel.ts') as Promise<PanelModule>);
  let timer: NodeJS.Timeout | undefined;
  // Saves made before the watcher's first scan ends go unseen; say when it is listening.
  server.watcher.once('ready', () => logger.info('watching src/content for changes'));
  server.watcher.on('all', (_event, file) => {
    const path = relative(root, file).split(sep).join('/');
    if (!path.startsWith('src/content/')) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      const before = report.text;
      report = check();
      if (report.text !== before) {
        print();
        server.ws.send({ type: 'full-reload' });
      }
      onContentChange();
    }, 150);
  });

  server.middlewares.use(async (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    if (!isPageRequest(req)) return next();
    let loaded: PanelModule;
    try {
      loaded = await loadPanel();
    } catch (error) {
      // The page still renders; the terminal has the check's report. Tried again on the next page.
      panel = undefined;
      logger.error(`the problem panel could not be loaded / 问题面板无法加载: ${error instanceof Error ? error.message : String(error)}`);
      return next();
    }
    const { entryFilesOfPath, localeOfPath, problemPage, problemPanel } = loaded;
    const chunks: Buffer[] = [];
    const write = res.write.bind(res);
    const end = res.end.bind(res);
    const writeHead = res.writeHead.bind(res);
    // Hold the head and body back until the end, so the page can be changed and its length corrected.
    res.writeHead = ((status: number, ...rest: unknown[]) => {
      res.statusCode = status;
      const headers = rest.find((arg) => arg && typeof arg === 'object') as Record<string, string> | undefined;
      for (const [name, value] of Object.entries(headers ?? {})) res.setHeader(name, value);
      return res;
    }) as typeof res.writeHead;
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      if (chunk) chunks.push(Buffer.from(chunk as string));
      (rest.find((arg) => typeof arg === 'function') as (() => void) | undefined)?.();
      return true;
    }) as typeof res.write;
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      if (chunk && typeof chunk !== 'function') chunks.push(Buffer.from(chunk as string));
      res.write = write;
      res.writeHead = writeHead;
      let body = Buffer.concat(chunks);
      const type = String(res.getHeader('content-type') ?? '');
      if (report.problems.length && (type.includes('text/html') || (!type && res.statusCode >= 400))) {
        const pathname = new URL(req.url ?? '/', 'http://dev').pathname;
        const locale = localeOfPath(pathname, base);
        const files = entryFilesOfPath(pathname, base);
        const failed = res.statusCode >= 400 && report.errors > 0;
        const html = failed
          ? problemPage(report.problems, locale, files, base)
          : body.toString('utf8').replace(/<\/body>(?![\s\S]*<\/body>)/, `${problemPanel(report.problems, locale, files)}</body>`);
        body = Buffer.from(html);
        res.setHeader('content-type', 'text/html; charset=utf-8');
      }
      res.removeHeader('content-length');
      if (!res.headersSent) res.setHeader('content-length', body.length);
      return end(body, ...(rest.filter((arg) => typeof arg === 'function') as []));
    }) as typeof res.end;
    next();
  });
}
