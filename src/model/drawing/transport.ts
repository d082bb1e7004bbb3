/**
 * Layout of the schematic transport diagram: places projected onto the frame, connections as straight or
 * curved paths between them with their label point, and checks that every connection joins two known places.
 */
import { frame, labelPlacement, linkPath, linkPointAt, outerSide, project, type LabelPlacement, type Point, type Side } from '~/model/drawing/schematic';

export const TRANSPORT_FRAME = frame(720, 560, { top: 40, right: 60, bottom: 40, left: 60 });

export interface DiagramNode {
  id: string;
  kind: string;
  position: Point;
  label: Side;
  /** Lines of text in its label (name, and a note under it). */
  lines: number;
}

export interface DiagramLink {
  id: string;
  from: string;
  to: string;
  bend: number;
  /** Where along the link its text goes, 0 (start) to 1 (end). */
  labelAt: number;
  status: 'open' | 'suspended' | 'closed';
}

export interface PlacedNode extends Point {
  id: string;
  kind: string;
  text: LabelPlacement;
}

export interface PlacedLink {
  id: string;
  d: string;
  /** Where its detail text or its "not running" mark goes (half-way unless the data says otherwise). */
  mid: Point;
  /** The side of the line its text goes, clear of a neighbour bowing the other way. */
  textSide: 'above' | 'below';
  running: boolean;
}

/** Symbol radius by kind of place; the label keeps clear of it. */
export const NODE_RADIUS: Record<string, number> = { hub: 16, city: 8, station: 7, port: 8, direction: 5 };

export function layoutTransport(nodes: readonly DiagramNode[], links: readonly DiagramLink[]) {
  const placed = new Map<string, PlacedNode>();
  for (const node of nodes) {
    const p = project(node.position, TRANSPORT_FRAME);
    const radius = NODE_RADIUS[node.kind] ?? 8;
    placed.set(node.id, { ...p, id: node.id, kind: node.kind, text: labelPlacement(p, node.label, radius + 8, 15, node.lines) });
  }
  const placedLinks: PlacedLink[] = links.map((link) => {
    const a = placed.get(link.from);
    const b = placed.get(link.to);
    if (!a || !b) {
      const missing = a ? link.to : link.from;
      throw new Error(`Connection "${link.id}" in src/content/transport/transport.yaml leads to "${missing}", which is not a place there`);
    }
    return {
      id: link.id,
      d: linkPath(a, b, link.bend),
      mid: linkPointAt(a, b, link.bend, link.labelAt),
      textSide: outerSide(a, b, link.bend),
      running: link.status === 'open',
    };
  });
  return { frame: TRANSPORT_FRAME, nodes: [...placed.values()], links: placedLinks };
}
