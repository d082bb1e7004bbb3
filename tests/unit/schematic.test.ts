import { describe, expect, it } from 'vitest';
import { controlPoint, frame, labelPlacement, linkMidpoint, linkPath, linkPointAt, outerSide, project } from '../../src/model/drawing/schematic';
import { layoutTownMap, TOWN_MAP_FRAME } from '../../src/model/drawing/town-map';

describe('project', () => {
  const f = frame(200, 100, { top: 10, right: 20, bottom: 10, left: 20 });

  it('maps the 0–100 grid onto the frame inside its padding', () => {
    expect(project({ x: 0, y: 0 }, f)).toEqual({ x: 20, y: 10 });
    expect(project({ x: 100, y: 100 }, f)).toEqual({ x: 180, y: 90 });
    expect(project({ x: 50, y: 50 }, f)).toEqual({ x: 100, y: 50 });
  });

  it('clamps points outside the grid to its edge', () => {
    expect(project({ x: -5, y: 120 }, f)).toEqual({ x: 20, y: 90 });
  });

  it('refuses a padding that leaves no room', () => {
    expect(() => frame(100, 100, 50)).toThrow(RangeError);
  });
});

describe('links', () => {
  const a = { x: 0, y: 0 };
  const b = { x: 100, y: 0 };

  it('draws a straight line when the link does not bend', () => {
    expect(linkPath(a, b)).toBe('M0 0L100 0');
    expect(linkMidpoint(a, b)).toEqual({ x: 50, y: 0 });
  });

  it('bows a positive bend to the left of the direction of travel (up, for a link going right)', () => {
    expect(controlPoint(a, b, 0.2)).toEqual({ x: 50, y: -20 });
    expect(linkPath(a, b, 0.2)).toBe('M0 0Q50 -20 100 0');
    // The curve passes half-way to its control point.
    expect(linkMidpoint(a, b, 0.2)).toEqual({ x: 50, y: -10 });
  });

  it('bows a negative bend to the other side, and two opposite bends do not overlap', () => {
    const up = linkMidpoint(a, b, 0.1);
    const down = linkMidpoint(a, b, -0.1);
    expect(down.y).toBeGreaterThan(0);
    expect(up.y).toBeLessThan(0);
  });
});

describe('points along a link', () => {
  const a = { x: 0, y: 0 };
  const b = { x: 100, y: 0 };

  it('runs from the start (t = 0) to the end (t = 1)', () => {
    expect(linkPointAt(a, b, 0.2, 0)).toEqual(a);
    expect(linkPointAt(a, b, 0.2, 1)).toEqual(b);
    expect(linkPointAt(a, b, 0, 0.25)).toEqual({ x: 25, y: 0 });
  });

  it('puts text on the side a link bows towards, above for a straight link', () => {
    expect(outerSide(a, b, 0)).toBe('above');
    expect(outerSide(a, b, 0.2)).toBe('above');
    expect(outerSide(a, b, -0.2)).toBe('below');
    // Travelling the other way, the same bend bows the other way.
    expect(outerSide(b, a, 0.2)).toBe('below');
  });
});

describe('labelPlacement', () => {
  const p = { x: 100, y: 100 };

  it('anchors labels so they grow away from the symbol', () => {
    expect(labelPlacement(p, 'e', 10, 16)).toMatchObject({ x: 110, anchor: 'start' });
    expect(labelPlacement(p, 'w', 10, 16)).toMatchObject({ x: 90, anchor: 'end' });
    expect(labelPlacement(p, 'n', 10, 16)).toEqual({ x: 100, y: 90, anchor: 'middle' });
    expect(labelPlacement(p, 's', 10, 16).y).toBeGreaterThan(110);
  });

  it('lifts a two-line label above a symbol so its last line still clears it', () => {
    expect(labelPlacement(p, 'n', 10, 10, 2).y).toBeLessThan(labelPlacement(p, 'n', 10, 10, 1).y);
  });
});


describe('layoutTownMap', () => {
  const sites = [
    { slug: 'a', position: { x: 0, y: 0 } },
    { slug: 'no-position' },
    { slug: 'c', position: { x: 100, y: 100 } },
  ];
  const landmarks = [{ id: 'station', kind: 'station' as const, position: { x: 50, y: 50 }, label: 'e' as const }];

  it('numbers sites in list order and leaves out those without a position', () => {
    const map = layoutTownMap(sites, landmarks);
    expect(map.sites.map((s) => [s.slug, s.number])).toEqual([['a', 1], ['c', 3]]);
  });

  it('keeps every marker inside the drawing', () => {
    const map = layoutTownMap(sites, landmarks);
    for (const p of [...map.sites, ...map.landmarks]) {
      expect(p.x).toBeGreaterThan(0);
      expect(p.x).toBeLessThan(TOWN_MAP_FRAME.width);
      expect(p.y).toBeGreaterThan(0);
      expect(p.y).toBeLessThan(TOWN_MAP_FRAME.height);
    }
  });

  it('marks the current site and draws it last, on top', () => {
    const map = layoutTownMap(sites, landmarks, 'a');
    expect(map.sites.at(-1)).toMatchObject({ slug: 'a', current: true });
    expect(map.sites.filter((s) => s.current)).toHaveLength(1);
  });

  it('puts a landmark label beside its symbol', () => {
    const [station] = layoutTownMap(sites, landmarks).landmarks;
    expect(station!.text.anchor).toBe('start');
    expect(station!.text.x).toBeGreaterThan(station!.x);
  });
});
