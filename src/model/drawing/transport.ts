/**
 * Layout of the schematic transport diagram: places projected onto the frame, connections as straight or
 * curved paths between them with their label point, the boxes every label takes in every language, and one
 * view box that holds all of them, so no label is clipped and both languages share the same layout.
 */
import { overlaps, symbolBox, textBox, textWidth, union, type Box } from '~/model/drawing/label-box';
import { frame, labelPlacement, linkPath, linkPointAt, outerSide, project, type LabelPlacement, type Point, type Side } from '~/model/drawing/schematic';

export const TRANSPORT_FRAME = frame(720, 560, { top: 40, right: 60, bottom: 40, left: 60 });

/** Font sizes of the diagram's texts, shared with the component. */
export const FONT = { hub: 20, node: 15, note: 13, detail: 13 } as const;

export interface DiagramNode {
  id: string;
  kind: string;
  position: Point;
  label: Side;
  /** Lines of text in its label (name, and a note under it). */
  lines: number;
  /** Its label's lines in every language (`[[name, note], [name, note]]`), to size it; leave out to skip sizing. */
  texts?: string[][];
}

export interface DiagramLink {
  id: string;
  from: string;
  to: string;
  bend: number;
  /** Where along the link its text goes, 0 (start) to 1 (end). */
  labelAt: number;
  status: 'open' | 'planned' | 'suspended' | 'closed';
  /** Its detail text (a time or distance) in every language, when it has one. */
  detail?: string[];
}

export interface PlacedNode extends Point {
  id: string;
  kind: string;
  text: LabelPlacement;
  /** The room its label takes, in the widest language. */
  box?: Box;
}

export interface PlacedLink {
  id: string;
  d: string;
  /** Where its detail text or its "not running" mark goes (half-way unless the data says otherwise). */
  mid: Point;
  /** The side of the line its text goes, clear of a neighbour bowing the other way. */
  textSide: 'above' | 'below';
  running: boolean;
  /** Where its detail text goes, and the room it takes in the widest language. */
  detail?: LabelPlacement & { box: Box };
}

/** Symbol radius by kind of place; the label keeps clear of it. */
export const NODE_RADIUS: Record<string, number> = { hub: 16, city: 8, station: 7, port: 8, direction: 5 };

const widest = (texts: string[], size: number) => Math.max(0, ...texts.map((text) => textWidth(text, size)));

function placeDetail(link: PlacedLink, texts: string[]): PlacedLink['detail'] {
  const at: LabelPlacement = link.running
    ? { x: link.mid.x, y: link.mid.y + (link.textSide === 'above' ? -9 : 20), anchor: 'middle' }
    : { x: link.mid.x - 16, y: link.mid.y + 5, anchor: 'end' };
  return { ...at, box: textBox(at, widest(texts, FONT.detail), FONT.detail) };
}

export function layoutTransport(nodes: readonly DiagramNode[], links: readonly DiagramLink[]) {
  const placed = new Map<string, PlacedNode>();
  for (const node of nodes) {
    const p = project(node.position, TRANSPORT_FRAME);
    const radius = NODE_RADIUS[node.kind] ?? 8;
    const size = node.kind === 'hub' ? FONT.hub : FONT.node;
    const text = labelPlacement(p, node.label, radius + 8, FONT.node, node.lines);
    const box = node.texts
      ? textBox(text, Math.max(...node.texts.map((lines) => Math.max(textWidth(lines[0] ?? '', size), widest(lines.slice(1), FONT.note)))), size, node.lines)
      : undefined;
    placed.set(node.id, { ...p, id: node.id, kind: node.kind, text, ...(box ? { box } : {}) });
  }
  const placedLinks: PlacedLink[] = links.map((link) => {
    const a = placed.get(link.from);
    const b = placed.get(link.to);
    if (!a || !b) {
      const missing = a ? link.to : link.from;
      throw new Error(`Connection "${link.id}" in src/content/transport/transport.yaml leads to "${missing}", which is not a place there`);
    }
    const placedLink: PlacedLink = {
      id: link.id,
      d: linkPath(a, b, link.bend),
      mid: linkPointAt(a, b, link.bend, link.labelAt),
      textSide: outerSide(a, b, link.bend),
      running: link.status === 'open' || link.status === 'planned',
    };
    return link.detail?.length ? { ...placedLink, detail: placeDetail(placedLink, link.detail) } : placedLink;
  });
  const nodeList = [...placed.values()];
  return { frame: TRANSPORT_FRAME, viewBox: viewBoxOf(nodeList, placedLinks), nodes: nodeList, links: placedLinks };
}

/**
 * The drawing's view box: the frame, grown to hold every symbol and every label in every language with a margin,
 * so a long English label at the edge is never cut off and both languages get the same box.
 */
export function viewBoxOf(nodes: readonly PlacedNode[], links: readonly PlacedLink[], margin = 12): Box {
  const boxes: Box[] = [{ x0: 0, y0: 0, x1: TRANSPORT_FRAME.width, y1: TRANSPORT_FRAME.height }];
  for (const node of nodes) {
    boxes.push(symbolBox(node, (NODE_RADIUS[node.kind] ?? 8) + 10));
    if (node.box) boxes.push(node.box);
  }
  for (const link of links) if (link.detail) boxes.push(link.detail.box);
  const all = union(boxes);
  return { x0: Math.floor(all.x0 - margin), y0: Math.floor(all.y0 - margin), x1: Math.ceil(all.x1 + margin), y1: Math.ceil(all.y1 + margin) };
}

/** Labels that run into another place's symbol or label, or detail texts that sit on a place: for the tests. */
export function labelCollisions(layout: ReturnType<typeof layoutTransport>): string[] {
  const found: string[] = [];
  const symbols = layout.nodes.map((node) => ({ id: node.id, box: symbolBox(node, NODE_RADIUS[node.kind] ?? 8) }));
  const labels = layout.nodes.flatMap((node) => (node.box ? [{ id: node.id, box: node.box }] : []));
  for (const label of labels) {
    for (const symbol of symbols) if (symbol.id !== label.id && overlaps(label.box, symbol.box, 2)) found.push(`label of ${label.id} runs into the symbol of ${symbol.id}`);
    for (const other of labels) if (other.id > label.id && overlaps(label.box, other.box, 2)) found.push(`labels of ${label.id} and ${other.id} overlap`);
  }
  for (const link of layout.links) {
    if (!link.detail) continue;
    for (const symbol of symbols) if (overlaps(link.detail.box, symbol.box, 4)) found.push(`detail of ${link.id} sits on the symbol of ${symbol.id}`);
    for (const label of labels) if (overlaps(link.detail.box, label.box, 2)) found.push(`detail of ${link.id} runs into the label of ${label.id}`);
  }
  return found;
}
