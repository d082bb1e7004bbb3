/**
 * Sections of the site as search sees them: a page's section is the first segment of its locale-neutral path
 * (`policies/foo` → `policies`, `` → `home`). The key is what the `section` search filter stores; the label comes
 * from the dictionaries through the key below.
 */
import type { UiKey } from '../../i18n/translate';

/** Dictionary key of each known section's label, in the order the search filters list them. */
export const SECTION_LABELS = {
  industries: 'nav.industries',
  'cooperation-zone': 'nav.zoneShort',
  sites: 'nav.sites',
  transport: 'nav.transport',
  costs: 'nav.costs',
  policies: 'nav.policies',
  news: 'nav.news',
  contact: 'nav.contact',
  about: 'nav.about',
  sources: 'nav.sources',
  home: 'nav.home',
} as const satisfies Record<string, UiKey>;

export type KnownSection = keyof typeof SECTION_LABELS;

/** The section key of a locale-neutral page path: its first segment, or `home` for the home page. */
export function sectionOf(path: string): string {
  const first = path.replace(/^\/+/, '').split('/')[0] ?? '';
  return first === '' ? 'home' : first;
}

/** The dictionary key of a section's label, or `undefined` for a section the site does not name (yet). */
export function sectionLabelKey(section: string): UiKey | undefined {
  return Object.hasOwn(SECTION_LABELS, section) ? SECTION_LABELS[section as KnownSection] : undefined;
}
