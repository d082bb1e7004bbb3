/**
 * What a page tells the search index about itself besides its text: metadata shown with each result
 * (`data-pagefind-meta`) and the values it can be filtered by (`data-pagefind-filter`). Worked out in one place
 * from the page's locale-neutral path and, for a page made from one Markdown entry, the entry's collection and
 * data, so every page built on BaseLayout / EntryLayout gets them without doing anything.
 */
import type { Translate } from '~/i18n/translate';
import { isoDay } from '~/i18n/format';
import { sectionLabelKey, sectionOf } from '~/site/sections';
import type { FilterKey } from '~/model/search/filters';

export { FILTER_KEYS, type FilterKey } from '~/model/search/filters';

/** The parts of a content entry search cares about; a CollectionEntry of any page collection fits. */
export type SearchableEntry =
  | { collection: 'news'; data: { date: Date } }
  | { collection: 'policies'; data: { issued: Date; type: string; level: string; sectors: readonly string[] } }
  | { collection: 'industries'; data: { sector: string } }
  | { collection: 'sites'; data: { sectors: readonly string[] } }
  | { collection: 'pages'; data: object };

export interface SearchFields {
  /** Metadata returned with a result: `section` (the section's label in the page's language), `date` (YYYY-MM-DD). */
  meta: { section?: string; date?: string };
  /** Filter values, as [filter, value] pairs; a filter may have several values (a policy's sectors). */
  filters: [FilterKey, string][];
}

/** The search metadata and filters of the page at `path`, made from `entry` when there is one. */
export function searchFields(path: string, t: Translate, entry?: SearchableEntry): SearchFields {
  const section = sectionOf(path);
  const labelKey = sectionLabelKey(section);
  const fields: SearchFields = { meta: {}, filters: [['section', section]] };
  if (labelKey) fields.meta.section = t(labelKey);
  if (!entry) return fields;
  switch (entry.collection) {
    case 'news':
      fields.meta.date = isoDay(entry.data.date);
      break;
    case 'policies':
      fields.meta.date = isoDay(entry.data.issued);
      fields.filters.push(['type', entry.data.type], ['level', entry.data.level]);
      fields.filters.push(...entry.data.sectors.map((sector): [FilterKey, string] => ['sector', sector]));
      break;
    case 'industries':
      fields.filters.push(['sector', entry.data.sector]);
      break;
    case 'sites':
      fields.filters.push(...entry.data.sectors.map((sector): [FilterKey, string] => ['sector', sector]));
      break;
    case 'pages':
      break;
  }
  return fields;
}
