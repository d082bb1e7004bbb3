/** The header's main navigation and the footer's links, both made from the sections table (src/site/sections.ts). */
import type { UiKey } from '~/i18n/translate';
import { SECTIONS } from '~/site/sections';

export interface NavItem {
  /** Locale-neutral page path. */
  path: string;
  /** Dictionary key of the label. */
  label: UiKey;
}

const item = ({ path, label }: NavItem): NavItem => ({ path, label });

/** The header: the home page first, then the sections marked `mainNav`, in table order. */
export const MAIN_NAV: NavItem[] = [
  ...SECTIONS.filter((section) => section.mainNav && section.path === ''),
  ...SECTIONS.filter((section) => section.mainNav && section.path !== ''),
].map(item);

/** The footer's links: what a visitor looks for at the foot of a page (the main navigation is in the header). */
export const FOOTER_LINKS: NavItem[] = SECTIONS.filter((section) => section.footer !== undefined)
  .sort((a, b) => a.footer! - b.footer!)
  .map(item);

/** Is `current` (a locale-neutral path) inside the section `item` leads to? */
export function isCurrentSection(item: NavItem, current: string): boolean {
  if (item.path === '') return current === '';
  return current === item.path || current.startsWith(`${item.path}/`);
}
