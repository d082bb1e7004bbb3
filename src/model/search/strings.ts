/**
 * The UI strings and filter labels the browser-side search needs, picked from the dictionaries at build time and
 * handed to the page as JSON, so the search code ships no dictionary and no i18n library. Build-time only (it
 * reads the content schemas); the browser code imports its types alone.
 */
import type { Translate, UiKey } from '~/i18n/translate';
import { POLICY_LEVELS, POLICY_TYPES, SECTORS } from '~/schemas/shared';
import type { FilterKey } from '~/model/search/fields';
import { SECTION_LABELS } from '~/site/sections';

/** Strings the header search box uses. */
export const HEADER_KEYS = [
  'search.loading',
  'search.resultCount.one',
  'search.resultCount.other',
  'search.noResults',
  'search.error',
  'search.seeAll',
  'search.resultsLabel',
] as const satisfies readonly UiKey[];

/** Strings the search page uses. */
export const PAGE_KEYS = [
  ...HEADER_KEYS,
  'search.more',
  'search.filters',
  'search.filter.section',
  'search.filter.type',
  'search.filter.level',
  'search.filter.sector',
  'search.filter.all',
] as const satisfies readonly UiKey[];

export type StringKey = (typeof PAGE_KEYS)[number];
export type SearchStrings = Partial<Record<StringKey, string>>;
/** Labels of filter values: `labels.section.news` = 新闻 / News. */
export type FilterLabels = Record<FilterKey, Record<string, string>>;

export function pickStrings(t: Translate, keys: readonly StringKey[]): SearchStrings {
  return Object.fromEntries(keys.map((key) => [key, t(key)]));
}

export function filterLabels(t: Translate): FilterLabels {
  const labels = <T extends string>(values: readonly T[], key: (value: T) => UiKey) =>
    Object.fromEntries(values.map((value) => [value, t(key(value))]));
  return {
    section: Object.fromEntries(Object.entries(SECTION_LABELS).map(([section, key]) => [section, t(key)])),
    type: labels(POLICY_TYPES, (value) => `policies.type.${value}`),
    level: labels(POLICY_LEVELS, (value) => `policies.level.${value}`),
    sector: labels(SECTORS, (value) => `policies.sector.${value}`),
  };
}
