/** How each kind of connection is drawn, shared by the diagram and its legend (render-only constants). */
import type { CollectionEntry } from 'astro:content';

type Link = Extract<CollectionEntry<'transport'>['data'], { type: 'link' }>;
export type LinkMode = Link['mode'];

export interface LinkStyle {
  /** Tailwind stroke colour class. */
  stroke: string;
  width: number;
  dash?: string;
}

export const LINK_STYLES: Record<LinkMode, LinkStyle> = {
  rail: { stroke: 'stroke-brand-700', width: 5 },
  intercity: { stroke: 'stroke-teal-600', width: 4 },
  'high-speed': { stroke: 'stroke-blue-700', width: 5 },
  metro: { stroke: 'stroke-fuchsia-700', width: 4 },
  expressway: { stroke: 'stroke-amber-600', width: 4 },
  road: { stroke: 'stroke-slate-500', width: 3, dash: '2 6' },
  freight: { stroke: 'stroke-accent-600', width: 3.5, dash: '10 6' },
};

/** A connection that does not run today: grey and dashed whatever its kind, never drawn like a running line. */
export const NOT_RUNNING: LinkStyle = { stroke: 'stroke-slate-400', width: 3, dash: '7 7' };

/** A connection only in a plan: its mode's colour, thin and dotted, so it never reads as running. */
export function plannedStyle(mode: LinkMode): LinkStyle {
  return { stroke: LINK_STYLES[mode].stroke, width: 3, dash: '1 7' };
}

export function linkStyle(mode: LinkMode, status: Link['status']): LinkStyle {
  if (status === 'planned') return plannedStyle(mode);
  return status === 'open' ? LINK_STYLES[mode] : NOT_RUNNING;
}
