/**
 * Search timings in Chromium against a built site: through the site's own search page (type in
 * `main input[type="search"]`, wait for the first `[data-search-result]`), through the header box of a content page
 * (type in it, wait for the first result in its panel), and through the Pagefind JS API
 * directly (`pagefind.search(q)` → first result's data). Each query runs in a fresh browser context (cold cache)
 * after a warm-up search, so the figure is "after the search code has loaded". Bytes are counted by the server.
 */
import type { Browser, Page } from '@playwright/test';
import { forLocale, type Locale } from '../../src/i18n/locales.ts';
import type { StaticServer } from './serve.ts';
import { median } from './stats.ts';

export type SearchLang = Locale;

export const QUERIES: readonly { lang: SearchLang; query: string }[] = [
  { lang: 'zh-cn', query: '招商' },
  { lang: 'zh-cn', query: '产业' },
  { lang: 'zh-cn', query: '交通' },
  { lang: 'zh-hk', query: '招商' },
  { lang: 'zh-hk', query: '產業' },
  { lang: 'en', query: 'investment' },
  { lang: 'en', query: 'railway' },
  { lang: 'en', query: 'logistics' },
];

/** A different term per language, searched first so that the code, the WebAssembly and the index metadata are loaded. */
const WARM_UP: Partial<Record<SearchLang, string>> = { 'zh-cn': '服务', 'zh-hk': '服務', en: 'service' };
const warmUp = (lang: SearchLang) => forLocale(WARM_UP, lang)!;

/** How many results' data the API measure loads, like a results list would show. */
export const API_RESULTS_SHOWN = 5;

export interface QueryMeasure {
  lang: SearchLang;
  query: string;
  /** Last keystroke (UI) or call (API) → first result in the DOM (UI) or first result's data (API); median of the samples. */
  ms?: number;
  /** Every timing taken (one per repetition, each in a fresh context). */
  samples?: number[];
  /** Bytes served while the query ran, status lines and headers included (median of the repetitions). */
  bytes?: number;
  requests?: number;
  /** Runs that failed (timed out or threw), out of the repetitions; `lastError` says why. */
  failures?: number;
  lastError?: string;
  /** Number of results Pagefind found (API), or result elements shown (UI). */
  results?: number;
  error?: string;
}

export interface SearchMeasure {
  /** `ui`: the search page; `header`: the header box on a content page; `api`: Pagefind's JS API. */
  mode: 'ui' | 'header' | 'api';
  /** What was measured, in words. */
  how: string;
  queries: QueryMeasure[];
  /** Why the measure did not run, when it did not. */
  skipped?: string;
}

async function withPage<T>(browser: Browser, fn: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    return await fn(await context.newPage());
  } finally {
    await context.close();
  }
}

/**
 * Runs `once` `repeat` times for a query and keeps the median time and bytes of the runs that worked; a run that
 * failed is counted in `failures` (with its error), and the query is an error only when every run failed.
 */
async function repeated(repeat: number, once: () => Promise<QueryMeasure>): Promise<QueryMeasure> {
  const runs: QueryMeasure[] = [];
  let failed: QueryMeasure | undefined;
  let failures = 0;
  for (let i = 0; i < repeat; i++) {
    const run = await once();
    if (run.error) {
      failed ??= run;
      failures++;
    } else runs.push(run);
  }
  if (runs.length === 0) return { ...failed!, failures };
  const samples = runs.map((r) => r.ms!);
  return {
    ...runs[0]!,
    ms: median(samples),
    samples,
    bytes: median(runs.map((r) => r.bytes!)),
    requests: median(runs.map((r) => r.requests!)),
    ...(failures ? { failures, error: undefined, lastError: failed!.error } : {}),
  };
}

function record(server: StaticServer): Pick<QueryMeasure, 'bytes' | 'requests'> {
  const served = server.since();
  return { bytes: served.reduce((sum, r) => sum + r.bytes, 0), requests: served.length };
}

/**
 * Measures the Pagefind JS API on `pagePaths[lang]` (any page of that language: Pagefind picks the index by
 * `<html lang>`). Skips with a reason when the site has no /pagefind/pagefind.js.
 */
export async function measureApi(browser: Browser, server: StaticServer, pagePaths: Record<SearchLang, string>, repeat = 1): Promise<SearchMeasure> {
  const how = `pagefind.search(q) → results[0].data(); bytes include the data of the first ${API_RESULTS_SHOWN} results`;
  const probe = await fetch(`${server.url}pagefind/pagefind.js`, { method: 'HEAD' });
  if (!probe.ok) return { mode: 'api', how, queries: [], skipped: 'no pagefind/pagefind.js in the build (the site is not indexed yet)' };
  const queries: QueryMeasure[] = [];
  for (const { lang, query } of QUERIES) {
    queries.push(
      await repeated(repeat, () => withPage(browser, async (page): Promise<QueryMeasure> => {
        try {
          await page.goto(server.url + pagePaths[lang]);
          await page.evaluate(
            async ({ base, warm }) => {
              const pagefind = await import(`${base}pagefind/pagefind.js`);
              await pagefind.options({});
              await pagefind.init();
              const search = await pagefind.search(warm);
              if (search.results[0]) await search.results[0].data();
              (window as unknown as { __pagefind: unknown }).__pagefind = pagefind;
            },
            { base: server.url, warm: warmUp(lang) },
          );
          await server.quiet();
          server.mark();
          const result = await page.evaluate(
            async ({ q, shown }) => {
              type Result = { data: () => Promise<{ url: string }> };
              const pagefind = (window as unknown as { __pagefind: { search: (q: string) => Promise<{ results: Result[] }> } }).__pagefind;
              const started = performance.now();
              const search = await pagefind.search(q);
              if (search.results[0]) await search.results[0].data();
              const ms = performance.now() - started;
              await Promise.all(search.results.slice(1, shown).map((r) => r.data()));
              return { ms, results: search.results.length };
            },
            { q: query, shown: API_RESULTS_SHOWN },
          );
          await server.quiet();
          return { lang, query, ...result, ...record(server) };
        } catch (error) {
          return { lang, query, error: String(error).split('\n')[0] };
        }
      })),
    );
  }
  return { mode: 'api', how, queries };
}

/** In-page probe: when the last `input` event happened, and when an element matching `selector` was added. */
function installProbe(selector: string): void {
  const probe = { lastInput: 0, added: [] as number[] };
  (window as unknown as { __searchProbe: typeof probe }).__searchProbe = probe;
  document.addEventListener('input', () => (probe.lastInput = performance.now()), true);
  new MutationObserver((mutations) => {
    const now = performance.now();
    for (const mutation of mutations) {
      for (const node of mutation.addedNodes) {
        if (node instanceof Element && (node.matches(selector) || node.querySelector(selector))) {
          probe.added.push(now);
          return;
        }
      }
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}

/** Where a visitor types: the page, the box and the result element whose appearance is timed. */
interface Surface {
  mode: 'ui' | 'header';
  path: (lang: SearchLang) => string;
  input: string;
  result: string;
}

/** The search page: its own box inside <main>, its result links. */
export const SEARCH_PAGE: Surface = {
  mode: 'ui',
  path: (lang) => `${lang}/search/`,
  input: 'main input[type="search"]',
  result: 'main [data-search-result]',
};

/** The header box on a content page (the about page): its results show in the panel under it. */
export const HEADER_BOX: Surface = {
  mode: 'header',
  path: (lang) => `${lang}/about/`,
  input: 'form[data-header-search] input[name="q"]',
  result: '[data-search-panel] [data-search-result]',
};

/**
 * Measures one surface: on `surface.path(lang)`, focuses the box, searches the warm-up word, waits for its first
 * result, empties the box, then types each query and times the last keystroke → the first result element added
 * after it. Skips with a reason when the page or its box is missing.
 */
export async function measureUi(browser: Browser, server: StaticServer, repeat = 1, surface: Surface = SEARCH_PAGE): Promise<SearchMeasure> {
  const how = `last keystroke in ${surface.input} on /<lang>/${surface.path('' as SearchLang).replace(/^\//, '')} → first ${surface.result} added to the DOM (MutationObserver)`;
  const queries: QueryMeasure[] = [];
  for (const { lang, query } of QUERIES) {
    const path = surface.path(lang);
    let skipped: string | undefined;
    const outcome = await repeated(repeat, () => withPage(browser, async (page): Promise<QueryMeasure> => {
      const response = await page.goto(server.url + path);
      if (!response || response.status() !== 200) skipped = `no page at /${path} (HTTP ${response?.status()})`;
      const input = page.locator(surface.input).first();
      if (!skipped && (await input.count()) === 0) skipped = `no ${surface.input} on /${path}`;
      if (skipped) return { lang, query, error: skipped };
      try {
        await page.evaluate(installProbe, surface.result);
        await input.focus();
        await page.keyboard.type(warmUp(lang));
        await page.locator(surface.result).first().waitFor({ state: 'attached', timeout: 10_000 });
        await server.quiet();
        await input.fill('');
        await page.waitForTimeout(300);
        await server.quiet();
        await page.evaluate(() => {
          (window as unknown as { __searchProbe: { added: number[] } }).__searchProbe.added = [];
        });
        server.mark();
        await page.keyboard.type(query);
        await page.waitForFunction(
          () => {
            const p = (window as unknown as { __searchProbe: { lastInput: number; added: number[] } }).__searchProbe;
            return p.added.some((t) => t >= p.lastInput);
          },
          undefined,
          { timeout: 10_000 },
        );
        const ms = await page.evaluate(() => {
          const p = (window as unknown as { __searchProbe: { lastInput: number; added: number[] } }).__searchProbe;
          return Math.min(...p.added.filter((t) => t >= p.lastInput)) - p.lastInput;
        });
        await server.quiet();
        const results = await page.locator(surface.result).count();
        return { lang, query, ms, results, ...record(server) };
      } catch (error) {
        return { lang, query, error: String(error).split('\n')[0] };
      }
    }));
    if (skipped) return { mode: surface.mode, how, queries: [], skipped };
    queries.push(outcome);
  }
  return { mode: surface.mode, how, queries };
}
