/**
 * How much room a label takes on a drawing, estimated without a browser: Chinese characters are one em wide,
 * Latin letters and digits about half an em. Used to keep every label inside the drawing, to give both languages
 * one frame, and to test that no label runs into a symbol or another label.
 */
import type { LabelPlacement, Point } from '~/model/drawing/schematic';

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Estimated advance of one character, in em. */
function charWidth(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 0x2e80) return 1; // CJK characters and full-width punctuation
  if (ch === ' ') return 0.3;
  if (/[A-Z]/.test(ch)) return 0.68;
  if (/[mwMW]/.test(ch)) return 0.85;
  if (/[ilj.,;:'’()|!]/.test(ch)) return 0.3;
  return 0.56;
}

/** Estimated width of a line of text at `fontSize` (bold text is a little wider). */
export function textWidth(text: string, fontSize: number, bold = true): number {
  let em = 0;
  for (const ch of text) em += charWidth(ch);
  return em * fontSize * (bold ? 1.12 : 1.04);
}

/** The box of a text block whose first baseline is at `at`, anchored as `at.anchor`. */
export function textBox(at: LabelPlacement, width: number, fontSize: number, lines = 1, lineGap = 18): Box {
  const x0 = at.anchor === 'start' ? at.x : at.anchor === 'end' ? at.x - width : at.x - width / 2;
  return { x0, x1: x0 + width, y0: at.y - fontSize * 0.85, y1: at.y + fontSize * 0.25 + (lines - 1) * lineGap };
}

/** The box of a round or square symbol of radius `r` at `p`. */
export function symbolBox(p: Point, r: number): Box {
  return { x0: p.x - r, y0: p.y - r, x1: p.x + r, y1: p.y + r };
}

export function overlaps(a: Box, b: Box, gap = 0): boolean {
  return a.x0 < b.x1 + gap && b.x0 < a.x1 + gap && a.y0 < b.y1 + gap && b.y0 < a.y1 + gap;
}

/** The smallest box holding all of `boxes`. */
export function union(boxes: readonly Box[]): Box {
  return {
    x0: Math.min(...boxes.map((b) => b.x0)),
    y0: Math.min(...boxes.map((b) => b.y0)),
    x1: Math.max(...boxes.map((b) => b.x1)),
    y1: Math.max(...boxes.map((b) => b.y1)),
  };
}
