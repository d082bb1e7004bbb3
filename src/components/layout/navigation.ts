/** The main navigation: one list for the header, the footer and the tests. */
import type { UiKey } from '../../i18n/translate';

export interface NavItem {
  /** Locale-neutral page path. */
  path: string;
  /** Dictionary key of the label. */
  label: UiKey;
}

export const MAIN_NAV: NavItem[] = [
  { path: '', label: 'nav.home' },
  { path: 'industries', label: 'nav.industries' },
  { path: 'cooperation-zone', label: 'nav.zoneShort' },
  { path: 'sites', label: 'nav.sites' },
  { path: 'transport', label: 'nav.transport' },
  { path: 'policies', label: 'nav.policies' },
  { path: 'costs', label: 'nav.costs' },
  { path: 'news', label: 'nav.news' },
  { path: 'contact', label: 'nav.contact' },
];

/** The footer's links: what a visitor looks for at the foot of a page (the main navigation is in the header). */
export const FOOTER_LINKS: NavItem[] = [
  { path: 'contact', label: 'nav.contact' },
  { path: 'search', label: 'nav.search' },
  { path: 'sources', label: 'nav.sources' },
  { path: 'about', label: 'nav.about' },
];

/** Is `current` (a locale-neutral path) inside the section `item` leads to? */
export function isCurrentSection(item: NavItem, current: string): boolean {
  if (item.path === '') return current === '';
  return current === item.path || current.startsWith(`${item.path}/`);
}
