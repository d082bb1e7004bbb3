/**
 * The site's sections: ONE table, read by the header and footer navigation, the home page's list of sections,
 * search (the `section` filter, its labels and order, and the sub-filters each section offers) and the content
 * check's list of known routes. Every section is served in every edition at /<lang>/<path>/.
 *
 * To add a section: add its row here, its route under src/pages/[lang]/, and its labels to the dictionaries.
 * Plain TypeScript with type-only imports: the content check (plain Node) reads it too.
 */
import type { UiKey } from '../i18n/ui/zh-cn.ts';
import type { SubFilterKey } from './search-filters.ts';

export interface Section {
  /** The locale-neutral path of its page (`policies`); `''` is the home page. */
  path: string;
  /** Dictionary key of its name, in the navigation, in search results and in the search filter. */
  label: UiKey;
  /** Dictionary key of the sentence introducing it on the home page; left out, the home page does not list it. */
  homeText?: UiKey;
  /** `true` when the header's main navigation links it. */
  mainNav?: boolean;
  /** Its position among the footer's links (1 first); left out, the footer does not link it. */
  footer?: number;
  /** `false` for a page search does not index as a section (the search page itself). */
  searchable?: boolean;
  /** Filters search offers once this section is chosen. */
  searchFilters?: readonly SubFilterKey[];
  /** The Markdown collection whose entries each get a page at /<lang>/<path>/<slug>/. */
  entries?: 'industries' | 'policies' | 'sites' | 'news';
  /** Files served below the section besides pages (`rss.xml` → /<lang>/news/rss.xml). */
  files?: readonly string[];
  /** The small links its page header shows (components/layout/SectionLinks.astro), in this order. */
  links?: readonly SectionLink[];
  /** Pages below the section besides its entries (`finder` → /<lang>/policies/finder/); no entry may take their names. */
  pages?: readonly string[];
}

/**
 * Pages a section's header can link with a small text link: the printable factsheet, the location map. Each name is
 * also the page's path and names its link text, `<name>.link` in the dictionaries (components/layout/PageLink.astro).
 */
export const SECTION_LINKS = ['factsheet', 'location'] as const;
export type SectionLink = (typeof SECTION_LINKS)[number];

/** The sections, in the order search lists them; the navigation puts the home page first. */
export const SECTIONS: readonly Section[] = [
  { path: 'industries', label: 'nav.industries', homeText: 'section.industries', mainNav: true, entries: 'industries', searchFilters: ['sector'], links: ['factsheet'] },
  { path: 'cooperation-zone', label: 'nav.zoneShort', homeText: 'section.zone', mainNav: true, links: ['factsheet'] },
  { path: 'sites', label: 'nav.sites', homeText: 'section.sites', mainNav: true, entries: 'sites', searchFilters: ['sector'], links: ['location', 'factsheet'] },
  { path: 'transport', label: 'nav.transport', homeText: 'section.transport', mainNav: true, links: ['location', 'factsheet'] },
  { path: 'location', label: 'location.title', links: ['factsheet'] },
  { path: 'policies', label: 'nav.policies', homeText: 'section.policies', mainNav: true, entries: 'policies', pages: ['finder'], searchFilters: ['type', 'level', 'sector'], links: ['factsheet'] },
  { path: 'costs', label: 'nav.costs', homeText: 'section.costs', mainNav: true, links: ['factsheet'] },
  { path: 'news', label: 'nav.news', homeText: 'section.news', mainNav: true, entries: 'news', files: ['rss.xml'], links: ['factsheet'] },
  { path: 'contact', label: 'nav.contact', homeText: 'section.contact', mainNav: true, footer: 1, links: ['factsheet'] },
  { path: 'factsheet', label: 'factsheet.title' },
  { path: 'about', label: 'nav.about', footer: 4 },
  { path: 'sources', label: 'nav.sources', footer: 3 },
  { path: 'search', label: 'nav.search', footer: 2, searchable: false },
  { path: '', label: 'nav.home', mainNav: true, links: ['factsheet', 'location'] },
];

/** The section key of a locale-neutral page path: its first segment, or `home` for the home page. */
export function sectionOf(path: string): string {
  const first = path.replace(/^\/+/, '').split('/')[0] ?? '';
  return first === '' ? 'home' : first;
}

/** The search key of a section: its path, or `home`. */
const keyOf = (section: Section) => sectionOf(section.path);

/** Dictionary key of each section's label as search names it, in the order the search filters list them. */
export const SECTION_LABELS: Readonly<Record<string, UiKey>> = Object.fromEntries(
  SECTIONS.filter((section) => section.searchable !== false).map((section) => [keyOf(section), section.label]),
);

/** The dictionary key of a section's label, or `undefined` for a section the site does not name (yet). */
export function sectionLabelKey(section: string): UiKey | undefined {
  return Object.hasOwn(SECTION_LABELS, section) ? SECTION_LABELS[section] : undefined;
}

/** The filters search offers within a section, besides the section itself. */
export function sectionSearchFilters(section: string | undefined): readonly SubFilterKey[] {
  return SECTIONS.find((candidate) => section !== undefined && keyOf(candidate) === section)?.searchFilters ?? [];
}

/** The sections the home page introduces, in table order. */
export function homeSections(): (Section & { homeText: UiKey })[] {
  return SECTIONS.filter((section): section is Section & { homeText: UiKey } => section.homeText !== undefined);
}

/** Every page path a section has in each edition (`''`, `industries`, …), for the content check's link check. */
export const SECTION_PATHS: readonly string[] = SECTIONS.flatMap((section) => [
  section.path,
  ...(section.pages ?? []).map((page) => `${section.path}/${page}`),
]);

/** Names below a section that its own pages take, so no entry of that collection may use them (`finder`). */
export function reservedSlugs(collection: string): readonly string[] {
  return SECTIONS.find((section) => section.entries === collection)?.pages ?? [];
}

/** Collections whose entries each get a page at /<lang>/<collection>/<slug>/. */
export const ENTRY_COLLECTIONS = SECTIONS.flatMap((section) => (section.entries ? [section.entries] : []));

/** Files served at /<lang>/… besides pages (`news/rss.xml`). */
export const SECTION_FILES: readonly string[] = SECTIONS.flatMap((section) => (section.files ?? []).map((file) => `${section.path}/${file}`));

/** The small links the header of the page at `path` shows, from its section's row (none for an unknown path). */
export function sectionLinks(path: string): readonly SectionLink[] {
  return SECTIONS.find((section) => keyOf(section) === sectionOf(path))?.links ?? [];
}

/** The paths of the sections whose header links `link`, in table order (what the browser tests walk). */
export function sectionsLinking(link: SectionLink): string[] {
  return SECTIONS.filter((section) => section.links?.includes(link)).map((section) => section.path);
}
