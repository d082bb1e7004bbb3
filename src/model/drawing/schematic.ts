/**
 * Geometry for the schematic drawings built at build time as SVG (the town map and the transport diagram).
 * Data files place things on a 0–100 grid; these functions turn that into drawing coordinates, curved links
 * and label positions. Pure functions, unit-tested; the components only render what they return.
 */

export interface Point {
  x: number;
  y: number;
}

/** Which side of a symbol its label sits: north, south, east, west. */
export type Side = 'n' | 's' | 'e' | 'w';

export interface Frame {
  width: number;
  height: number;
  /** Room kept free round the grid for labels, in drawing units. */
  padding: { top: number; right: number; bottom: number; left: number };
}

const round = (n: number) => Math.round(n * 10) / 10;

/** A frame with the same padding on every side. */
export function frame(width: number, height: number, padding: number | Frame['padding']): Frame {
  const pad = typeof padding === 'number' ? { top: padding, right: padding, bottom: padding, left: padding } : padding;
  if (pad.left + pad.right >= width || pad.top + pad.bottom >= height) {
    throw new RangeError('The padding leaves no room for the drawing');
  }
  return { width, height, padding: pad };
}

/** A grid point (0–100 on each axis) in drawing coordinates. Points outside 0–100 are clamped to the edge. */
export function project(point: Point, f: Frame): Point {
  const clamp = (n: number) => Math.min(100, Math.max(0, n));
  const innerW = f.width - f.padding.left - f.padding.right;
  const innerH = f.height - f.padding.top - f.padding.bottom;
  return {
    x: round(f.padding.left + (clamp(point.x) / 100) * innerW),
    y: round(f.padding.top + (clamp(point.y) / 100) * innerH),
  };
}

/**
 * The control point of a link that bows away from the straight line by `bend` × its length, to the left of the
 * direction a → b for a positive bend. With bend 0 it is the midpoint.
 */
export function controlPoint(a: Point, b: Point, bend: number): Point {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  // (dy, -dx) is the left-hand normal in screen coordinates (y grows downwards); its length is the link's length.
  return { x: round((a.x + b.x) / 2 + dy * bend), y: round((a.y + b.y) / 2 - dx * bend) };
}

/** The SVG path of a link: a straight line, or a quadratic curve when it bends. */
export function linkPath(a: Point, b: Point, bend = 0): string {
  if (bend === 0) return `M${round(a.x)} ${round(a.y)}L${round(b.x)} ${round(b.y)}`;
  const c = controlPoint(a, b, bend);
  return `M${round(a.x)} ${round(a.y)}Q${c.x} ${c.y} ${round(b.x)} ${round(b.y)}`;
}

/** The point at `t` (0 = start, 1 = end) along a link, straight or curved. */
export function linkPointAt(a: Point, b: Point, bend = 0, t = 0.5): Point {
  const c = controlPoint(a, b, bend);
  const u = 1 - t;
  return { x: round(u * u * a.x + 2 * u * t * c.x + t * t * b.x), y: round(u * u * a.y + 2 * u * t * c.y + t * t * b.y) };
}

/** The point half-way along a link: where its label or status mark goes by default. */
export function linkMidpoint(a: Point, b: Point, bend = 0): Point {
  return linkPointAt(a, b, bend, 0.5);
}

/**
 * Which side of a link its text should go so it stays clear of a neighbour curving the other way: the side the
 * link bows towards (for a straight link, above).
 */
export function outerSide(a: Point, b: Point, bend = 0): 'above' | 'below' {
  if (bend === 0) return 'above';
  const c = controlPoint(a, b, bend);
  const mid = { y: (a.y + b.y) / 2 };
  return c.y < mid.y ? 'above' : c.y > mid.y ? 'below' : 'above';
}

export interface LabelPlacement extends Point {
  anchor: 'start' | 'middle' | 'end';
}

/**
 * Where a label's first text line goes for a symbol at `p` with the label on `side`, `distance` away, for text
 * of `fontSize`. The returned y is a baseline: labels above a symbol end just above it, labels below start below.
 * `lines` is the number of text lines, so a two-line label above a symbol is lifted by one more line.
 */
export function labelPlacement(p: Point, side: Side, distance: number, fontSize: number, lines = 1): LabelPlacement {
  const extra = (lines - 1) * fontSize * 1.2;
  switch (side) {
    case 'n':
      return { x: p.x, y: round(p.y - distance - extra), anchor: 'middle' };
    case 's':
      return { x: p.x, y: round(p.y + distance + fontSize * 0.8), anchor: 'middle' };
    case 'e':
      return { x: round(p.x + distance), y: round(p.y + fontSize * 0.35 - extra / 2), anchor: 'start' };
    case 'w':
      return { x: round(p.x - distance), y: round(p.y + fontSize * 0.35 - extra / 2), anchor: 'end' };
  }
}
