/**
 * Layout of the town's schematic map: sites (numbered in list order) and station landmarks placed on one frame.
 * Pure data in, drawing coordinates out; TownMap.astro renders it.
 */
import { frame, labelPlacement, project, type LabelPlacement, type Point, type Side } from '~/model/drawing/schematic';

export const TOWN_MAP_FRAME = frame(400, 290, { top: 30, right: 36, bottom: 36, left: 36 });

export interface MapSite {
  slug: string;
  position: Point;
}

export interface MapLandmark {
  id: string;
  kind: 'station' | 'intercity-station';
  position: Point;
  label: Side;
  /** Lines of text in its label (default 1). */
  lines?: number;
}

export interface PlacedSite extends Point {
  slug: string;
  /** 1-based number shown in the marker and in the list beside the map. */
  number: number;
  current: boolean;
}

export interface PlacedLandmark extends Point {
  id: string;
  kind: MapLandmark['kind'];
  text: LabelPlacement;
}

/** Places the sites (in the order given; sites without a position are left off) and the landmarks. */
export function layoutTownMap(sites: readonly (MapSite | { slug: string; position?: Point | undefined })[], landmarks: readonly MapLandmark[], current?: string) {
  const placedSites: PlacedSite[] = [];
  sites.forEach((site, i) => {
    if (!site.position) return;
    placedSites.push({ ...project(site.position, TOWN_MAP_FRAME), slug: site.slug, number: i + 1, current: site.slug === current });
  });
  // The current site is drawn last, so it sits on top of any neighbour.
  placedSites.sort((a, b) => Number(a.current) - Number(b.current));
  const placedLandmarks: PlacedLandmark[] = landmarks.map((landmark) => {
    const p = project(landmark.position, TOWN_MAP_FRAME);
    return { ...p, id: landmark.id, kind: landmark.kind, text: labelPlacement(p, landmark.label, 14, 14, landmark.lines ?? 1) };
  });
  return { frame: TOWN_MAP_FRAME, sites: placedSites, landmarks: placedLandmarks };
}
