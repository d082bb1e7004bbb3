/**
 * The policy list filter: which policies match a choice of level, type and sector, and how that choice is written
 * in the URL (`?level=city&type=investment&sector=new-energy`). Used by the filter island in the browser and by
 * its tests; it knows nothing about the page.
 */
import { fill } from '~/i18n/template';
import { readParams, writeParams } from '~/model/url-state';

/** A filter choice; an empty string (or a missing key) means "any". */
export interface PolicyFilter {
  level: string;
  type: string;
  sector: string;
}

/** What the filter needs to know about one policy. */
export interface FilterablePolicy {
  level: string;
  type: string;
  sectors: readonly string[];
}

export const FILTER_KEYS = ['level', 'type', 'sector'] as const;
export const EMPTY_FILTER: PolicyFilter = { level: '', type: '', sector: '' };

/** The sector of policies open to every sector. */
export const CROSS_SECTOR = 'cross-sector';

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

/**
 * Does a policy match? A sector filter also keeps cross-sector policies, because they apply to that sector too;
 * choosing `cross-sector` itself shows only those.
 */
export function matchesFilter(policy: FilterablePolicy, filter: PolicyFilter): boolean {
  if (filter.level && policy.level !== filter.level) return false;
  if (filter.type && policy.type !== filter.type) return false;
  if (filter.sector) {
    const open = filter.sector !== CROSS_SECTOR && policy.sectors.includes(CROSS_SECTOR);
    if (!open && !policy.sectors.includes(filter.sector)) return false;
  }
  return true;
}

export function isEmptyFilter(filter: PolicyFilter): boolean {
  return FILTER_KEYS.every((key) => !filter[key]);
}

/** Fills a message template such as "Showing {shown} of {total} policies". */
export function fillCount(template: string, shown: number, total: number): string {
  return fill(template, { shown, total });
}
