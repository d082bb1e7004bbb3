/**
 * The policy list filter: which policies match a choice of level, type and status, and how that choice is written
 * in the URL (`?level=city&type=investment&status=in-force`). Used by the filter island in the browser and by its
 * tests; it knows nothing about the page. (There is no sector filter: the policies' texts apply across sectors, so
 * it would have shown the same list for every sector; the incentive finder asks for the project's category instead.)
 */
import { fill } from '~/i18n/template';
import { readParams, writeParams } from '~/model/url-state';

/** A filter choice; an empty string (or a missing key) means "any". */
export interface PolicyFilter {
  level: string;
  type: string;
  /** A status from src/model/policies/status.ts, e.g. `superseded` for the policies a newer one replaced. */
  status: string;
}

/** What the filter needs to know about one policy. */
export interface FilterablePolicy {
  level: string;
  type: string;
  status: string;
}

export const FILTER_KEYS = ['level', 'type', 'status'] as const;
export const EMPTY_FILTER: PolicyFilter = { level: '', type: '', status: '' };

/**
 * Reads the filter from a query string. Values not in `allowed` (a mistyped or outdated link) are dropped, so a
 * bad link shows the whole list rather than nothing.
 */
export function parseFilter(search: string, allowed: Partial<Record<keyof PolicyFilter, readonly string[]>> = {}): PolicyFilter {
  const chosen = readParams(search, FILTER_KEYS, (key, raw) => {
    const value = raw.trim();
    const options = allowed[key];
    return !options || options.includes(value) ? value : undefined;
  });
  return { ...EMPTY_FILTER, ...chosen };
}

/** The query string for a filter (`?level=city`), or '' when nothing is chosen. Other parameters are kept. */
export function filterQuery(filter: PolicyFilter, current = ''): string {
  return writeParams(filter, FILTER_KEYS, current);
}

/** Does a policy match every chosen value? */
export function matchesFilter(policy: FilterablePolicy, filter: PolicyFilter): boolean {
  return FILTER_KEYS.every((key) => !filter[key] || policy[key] === filter[key]);
}

export function isEmptyFilter(filter: PolicyFilter): boolean {
  return FILTER_KEYS.every((key) => !filter[key]);
}

/** Fills a message template such as "Showing {shown} of {total} policies". */
export function fillCount(template: string, shown: number, total: number): string {
  return fill(template, { shown, total });
}
