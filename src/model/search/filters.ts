/** Filter names the search index knows. `type` and `level` apply to policies; `sector` to industries, sites and policies. */
export const FILTER_KEYS = ['section', 'type', 'level', 'sector'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
/** The filters that narrow a chosen section further (each section lists its own in src/site/sections.ts). */
export type SubFilterKey = Exclude<FilterKey, 'section'>;
export const SUB_FILTER_KEYS = FILTER_KEYS.filter((key): key is SubFilterKey => key !== 'section');
