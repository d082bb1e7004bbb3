/**
 * Loads Pagefind's browser API (pagefind.js, written next to the site by `npm run build`) on first use, from under
 * Astro's base so the site works from a sub-path. Browser-only.
 */
import { withBase } from '~/site/paths';
import type { PagefindResultData } from '~/model/search/results';

export interface PagefindSearch {
  results: { id: string; data(): Promise<PagefindResultData> }[];
  unfilteredResultCount: number;
  /** Result counts per filter value with the chosen filters applied. */
  filters: Record<string, Record<string, number>>;
  /** Result counts per filter value for the query alone. */
  totalFilters: Record<string, Record<string, number>>;
}

export interface SearchOptions {
  filters?: Record<string, string>;
}

/** The part of Pagefind's JS API the site uses. */
export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string, options?: SearchOptions): Promise<PagefindSearch>;
  debouncedSearch(term: string, options?: SearchOptions, timeoutMs?: number): Promise<PagefindSearch | null>;
  preload(term: string, options?: SearchOptions): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/**
 * Ranking: Pagefind's default favours short pages strongly; here the long pages (the cooperation zone, transport,
 * each industry) are the ones that cover a topic in full, so page length counts for little. With the default, a
 * short news item that names a topic outranks the page about it (产业合作区 → a news item before the zone page).
 */
const RANKING = { pageLength: 0.1 };

let loading: Promise<PagefindApi> | undefined;

/** Pagefind, imported and configured once; a failed load is retried on the next call. */
export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    const api = (await import(/* @vite-ignore */ withBase('pagefind/pagefind.js'))) as PagefindApi;
    await api.options({ baseUrl: withBase(''), excerptLength: 28, excerptEllipsis: '…', ranking: RANKING });
    await api.init();
    return api;
  })().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/**
 * Lets the current burst of input events finish before a search starts (one task, not a fixed pause): a query
 * typed over is then dropped before it costs a search, and the last one starts at once.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Fetches the data of `results` and hands each to `show` in order as soon as it and those before it have arrived.
 * The first result's data is fetched alone, then the others all at once: ten fragments asked for together share
 * Pagefind's worker and the connection, and the first result, the one a visitor waits for, would wait behind them.
 * Stops when `stale()` says a newer search has begun. Returns how many were shown.
 */
export async function showInOrder<T>(
  results: readonly { data(): Promise<T> }[],
  show: (data: T) => void,
  stale: () => boolean,
): Promise<number> {
  if (!results.length) return 0;
  const first = await results[0]!.data();
  if (stale()) return 0;
  show(first);
  const pending = results.slice(1).map((result) => result.data());
  let shown = 1;
  for (const next of pending) {
    const data = await next;
    if (stale()) return shown;
    show(data);
    shown += 1;
  }
  return shown;
}
