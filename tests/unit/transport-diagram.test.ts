import { describe, expect, it } from 'vitest';
import { layoutTransport, TRANSPORT_FRAME, type DiagramLink, type DiagramNode } from '../../src/model/drawing/transport';

const node = (id: string, x: number, y: number, kind = 'city'): DiagramNode => ({
  id,
  kind,
  position: { x, y },
  label: 'e',
  lines: 1,
});
const link = (id: string, from: string, to: string, status: DiagramLink['status'] = 'open', bend = 0): DiagramLink => ({
  id,
  from,
  to,
  bend,
  labelAt: 0.5,
  status,
});

describe('layoutTransport', () => {
  const nodes = [node('hub', 50, 50, 'hub'), node('a', 0, 50), node('b', 100, 50)];

  it('joins places with straight or curved paths between their projected points', () => {
    const { links, nodes: placed } = layoutTransport(nodes, [link('straight', 'hub', 'b'), link('curved', 'hub', 'a', 'open', 0.2)]);
    const hub = placed.find((n) => n.id === 'hub')!;
    const b = placed.find((n) => n.id === 'b')!;
    expect(links[0]!.d).toBe(`M${hub.x} ${hub.y}L${b.x} ${b.y}`);
    expect(links[1]!.d).toMatch(/^M[\d.]+ [\d.]+Q/);
    expect(links[0]!.mid).toEqual({ x: (hub.x + b.x) / 2, y: hub.y });
  });

  it('puts the text where the data says along the link', () => {
    const { links, nodes: placed } = layoutTransport(nodes, [{ ...link('l', 'a', 'b'), labelAt: 0.25 }]);
    const a = placed.find((n) => n.id === 'a')!;
    const b = placed.find((n) => n.id === 'b')!;
    expect(links[0]!.mid.x).toBeCloseTo(a.x + (b.x - a.x) / 4, 1);
    expect(links[0]!.textSide).toBe('above');
  });

  it('marks a suspended or closed connection as not running', () => {
    const { links } = layoutTransport(nodes, [link('x', 'hub', 'a', 'suspended'), link('y', 'hub', 'b', 'closed'), link('z', 'a', 'b')]);
    expect(links.map((l) => l.running)).toEqual([false, false, true]);
  });

  it('keeps labels clear of bigger symbols', () => {
    const { nodes: placed } = layoutTransport(nodes, []);
    const hub = placed.find((n) => n.id === 'hub')!;
    const a = placed.find((n) => n.id === 'a')!;
    expect(hub.text.x - hub.x).toBeGreaterThan(a.text.x - a.x);
  });

  it('keeps every place inside the drawing', () => {
    for (const p of layoutTransport(nodes, []).nodes) {
      expect(p.x).toBeGreaterThanOrEqual(TRANSPORT_FRAME.padding.left);
      expect(p.x).toBeLessThanOrEqual(TRANSPORT_FRAME.width - TRANSPORT_FRAME.padding.right);
    }
  });

  it('names a connection that leads to an unknown place', () => {
    expect(() => layoutTransport(nodes, [link('broken', 'hub', 'nowhere')])).toThrow(/"broken".*"nowhere"/);
  });
});
