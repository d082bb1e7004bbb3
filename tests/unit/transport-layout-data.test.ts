/**
 * The real transport diagram (src/content/transport/transport.yaml) in both languages: every label fits the view box, nothing
 * runs into a symbol or another label, and both languages get one and the same view box.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { layoutTransport, labelCollisions } from '../../src/model/drawing/transport';

type Item = { id: string; type: string; [key: string]: unknown };
const items = parse(readFileSync('src/content/transport/transport.yaml', 'utf8')) as Item[];
const LANGS = ['zh-cn', 'en'] as const;
type Text = Record<(typeof LANGS)[number], string>;

function layout(langs: readonly (typeof LANGS)[number][]) {
  const nodes = items.filter((i) => i.type === 'node').map((n) => ({
    id: n.id, kind: n.kind as string, position: { x: n.x as number, y: n.y as number }, label: (n.label ?? 'e') as 'n' | 's' | 'e' | 'w', lines: n.note ? 2 : 1,
    texts: langs.map((lang) => [(n.name as Text)[lang], ...(n.note ? [(n.note as Text)[lang]] : [])]),
  }));
  const links = items.filter((i) => i.type === 'link').map((l) => ({
    id: l.id, from: l.from as string, to: l.to as string, bend: (l.bend ?? 0) as number, labelAt: (l.labelAt ?? 0.5) as number,
    status: (l.status ?? 'open') as 'open', ...(l.detail ? { detail: langs.map((lang) => (l.detail as Text)[lang]) } : {}),
  }));
  return layoutTransport(nodes, links);
}

describe('the transport diagram as drawn from src/content/transport/transport.yaml', () => {
  it('has no label running into a symbol, another label or a detail text, in either language', () => {
    for (const lang of LANGS) expect(labelCollisions(layout([lang])), lang).toEqual([]);
  });

  it('keeps every label inside the view box', () => {
    const { viewBox, nodes, links } = layout(LANGS);
    for (const box of [...nodes.map((n) => n.box!), ...links.flatMap((l) => (l.detail ? [l.detail.box] : []))]) {
      expect(box.x0).toBeGreaterThanOrEqual(viewBox.x0);
      expect(box.x1).toBeLessThanOrEqual(viewBox.x1);
      expect(box.y0).toBeGreaterThanOrEqual(viewBox.y0);
      expect(box.y1).toBeLessThanOrEqual(viewBox.y1);
    }
  });

  it('puts no time or saving on the diagram, only distances and the suspension date (times are in the table)', () => {
    const details = items.filter((i) => i.type === 'link' && i.detail).map((l) => (l.detail as Text).en);
    expect(details.some((d) => /min|hour/.test(d))).toBe(false);
  });
});
