/**
 * What a page downloads, for the size budgets: every response (document, CSS, JS, fetches…) with its body, the
 * inline scripts of the HTML, and gzip sizes (zlib level 6, the usual server default). Sizes only, no timings.
 */
import { gzipSync } from 'node:zlib';
import type { Page, Request } from '@playwright/test';

export interface Resource {
  url: string;
  /** Playwright's resource type: document, stylesheet, script, fetch, image, font… */
  type: string;
  contentType: string;
  body: Buffer;
  gzip: number;
}

export interface PageLoad {
  resources: Resource[];
  /** Text of the inline `<script>` elements that run as JavaScript (JSON-LD and other data blocks excluded). */
  inlineScripts: string[];
}

export const gzipSize = (data: Buffer | string): number => gzipSync(data).length;

const IMAGE_URL = /\.(png|jpe?g|gif|webp|avif|svg|ico)(\?|$)/i;

/** Images and media: not counted in "before images" budgets. */
export const isImage = (r: Resource): boolean => r.type === 'image' || r.type === 'media' || r.contentType.startsWith('image/') || IMAGE_URL.test(r.url);

export const isScript = (r: Resource): boolean => r.type === 'script' || /javascript|ecmascript/.test(r.contentType);

export const isStylesheet = (r: Resource): boolean => r.type === 'stylesheet' || r.contentType.startsWith('text/css');

/** Turns the browser's HTTP cache off, so that every page load counts every file it needs. */
export async function disableCache(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
}

/**
 * Loads `path` and records what it downloads until the network has been quiet for a moment after `load`
 * (so scripts that load themselves on idle are counted too).
 */
export async function loadPage(page: Page, path: string): Promise<PageLoad> {
  const pending: Promise<Resource | undefined>[] = [];
  let inFlight = 0;
  let lastActivity = Date.now();
  const started = (_: Request) => {
    inFlight++;
    lastActivity = Date.now();
  };
  const ended = (_: Request) => {
    inFlight--;
    lastActivity = Date.now();
  };
  const onResponse = (response: import('@playwright/test').Response) => {
    const status = response.status();
    if (status >= 300 && status < 400) return;
    pending.push(
      response.body().then(
        (body) => ({
          url: response.url(),
          type: response.request().resourceType(),
          contentType: response.headers()['content-type'] ?? '',
          body,
          gzip: gzipSize(body),
        }),
        () => undefined,
      ),
    );
  };
  page.on('request', started);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  page.on('response', onResponse);
  try {
    const response = await page.goto(path, { waitUntil: 'load' });
    if (!response || response.status() !== 200) throw new Error(`/${path} answered ${response?.status()}`);
    const deadline = Date.now() + 5000;
    while (Date.now() < deadline && (inFlight > 0 || Date.now() - lastActivity < 150)) await page.waitForTimeout(50);
  } finally {
    page.off('request', started);
    page.off('requestfinished', ended);
    page.off('requestfailed', ended);
    page.off('response', onResponse);
  }
  const resources = (await Promise.all(pending)).filter((r): r is Resource => r !== undefined);
  const inlineScripts = await page.locator('script:not([src])').evaluateAll((scripts) =>
    scripts
      .filter((s) => {
        const type = (s.getAttribute('type') ?? '').trim().toLowerCase();
        return type === '' || type === 'module' || type.includes('javascript');
      })
      .map((s) => s.textContent ?? ''),
  );
  return { resources, inlineScripts };
}
