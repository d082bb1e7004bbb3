/**
 * The state of a search as it lives in the URL (`?q=…&section=…`), so a search can be shared, bookmarked and
 * restored with the back button, and as it is passed to Pagefind.
 */
import { FILTER_KEYS, type FilterKey } from '~/model/search/filters';
import { sectionSearchFilters } from '~/site/sections';
import { readParams, writeParams } from '~/model/url-state';

export interface SearchState {
  /** The query as typed, trimmed; empty when nothing is searched. */
  q: string;
  /** One chosen value per filter; a filter that is not chosen is absent. */
  filters: Partial<Record<FilterKey, string>>;
}

/** The filters worth offering for a chosen section (always the section itself). */
export function applicableFilters(section: string | undefined): FilterKey[] {
  return ['section', ...sectionSearchFilters(section)];
}

const VALUE = /^[a-z0-9-]{1,40}$/;

/** Reads the state from a URL's query string; unknown parameters and malformed filter values are dropped. */
export function readState(search: string | URLSearchParams): SearchState {
  const filters = readParams(search, FILTER_KEYS, (_, raw) => (VALUE.test(raw) ? raw : undefined));
  const { q = '' } = readParams(search, ['q'], (_, raw) => raw.trim());
  return normalise({ q, filters });
}

/** Drops sub-filters that do not apply to the chosen section (a policy type without the policies section). */
export function normalise(state: SearchState): SearchState {
  const allowed = applicableFilters(state.filters.section);
  const filters: SearchState['filters'] = {};
  for (const key of allowed) if (state.filters[key]) filters[key] = state.filters[key];
  return { q: state.q.trim(), filters };
}

/** The query string for a state: `?q=…` then the filters in a fixed order; empty for an empty state. */
export function stateToSearch(state: SearchState): string {
  const { q, filters } = normalise(state);
  return writeParams<'q' | FilterKey>({ q, ...filters }, ['q', ...FILTER_KEYS]);
}

/** The filters in the form Pagefind's `search(term, { filters })` takes. */
export function pagefindFilters(state: SearchState): Record<string, string> {
  return { ...normalise(state).filters };
}

/** Are two states the same search? */
export function sameState(a: SearchState, b: SearchState): boolean {
  return stateToSearch(a) === stateToSearch(b);
}
