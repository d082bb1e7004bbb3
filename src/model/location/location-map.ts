/**
 * Geometry of the location map, in plain TypeScript over d3-geo: coordinates as sources print them, straight-line
 * (great-circle) distances, a Mercator projection fitted to a frame, outlines clipped to the frame and written as
 * compact SVG paths, points with label anchors, and a scale bar. No Astro, no file access: unit-tested.
 */
import { geoDistance, geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

/** Mean Earth radius (IUGG), in km: the radius great-circle distances are scaled by. */
export const EARTH_RADIUS_KM = 6371.0088;

/** Decimal degrees, or degrees-minutes-seconds as printed (`23°07′48″N 113°15′36″E`). */
export type Coordinates = { lat: number; lon: number } | { dms: string };

export interface LonLat {
  lon: number;
  lat: number;
}

export type LabelSide = 'n' | 's' | 'e' | 'w';

const DMS = /(\d+(?:\.\d+)?)\s*°\s*(?:(\d+(?:\.\d+)?)\s*[′']\s*)?(?:(\d+(?:\.\d+)?)\s*[″"]\s*)?([NSEW])/g;

/** Parses `23°07′48″N 113°15′36″E` (minutes and seconds optional) into decimal degrees. */
export function parseDms(text: string): LonLat {
  const parts = [...text.matchAll(DMS)];
  let lat: number | undefined;
  let lon: number | undefined;
  for (const [, d, m, s, hemisphere] of parts) {
    const minutes = Number(m ?? 0);
    const seconds = Number(s ?? 0);
    if (minutes >= 60 || seconds >= 60) throw new Error(`Coordinates "${text}": minutes and seconds must be below 60`);
    const value = (Number(d) + minutes / 60 + seconds / 3600) * (hemisphere === 'S' || hemisphere === 'W' ? -1 : 1);
    if (hemisphere === 'N' || hemisphere === 'S') lat = value;
    else lon = value;
  }
  if (lat === undefined || lon === undefined) throw new Error(`Coordinates "${text}": expected a latitude (N/S) and a longitude (E/W)`);
  return { lat, lon };
}

/** Decimal degrees of a place, checked for range. */
export function toLonLat(coordinates: Coordinates): LonLat {
  const point = 'dms' in coordinates ? parseDms(coordinates.dms) : coordinates;
  if (!(Math.abs(point.lat) <= 90 && Math.abs(point.lon) <= 180)) {
    throw new Error(`Coordinates ${JSON.stringify(coordinates)} are out of range`);
  }
  return point;
}

/** Straight-line (great-circle) distance in km, as geoDistance gives it on a sphere of the mean Earth radius. */
export function straightLineKm(a: LonLat, b: LonLat): number {
  return geoDistance([a.lon, a.lat], [b.lon, b.lat]) * EARTH_RADIUS_KM;
}

/** Rounds a distance for display: whole km from 10 km up, one decimal below. */
export function roundKm(km: number): number {
  return km >= 10 ? Math.round(km) : Math.round(km * 10) / 10;
}

export interface Frame {
  width: number;
  height: number;
  /** Space kept free at the edges, in SVG units. */
  padding: number;
}

export interface Bounds {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** The bounds of some points, widened by `margin` degrees on every side. */
export function boundsOf(points: readonly LonLat[], margin = 0): Bounds {
  if (points.length === 0) throw new Error('boundsOf needs at least one point');
  const lons = points.map((p) => p.lon);
  const lats = points.map((p) => p.lat);
  return {
    west: Math.min(...lons) - margin,
    south: Math.min(...lats) - margin,
    east: Math.max(...lons) + margin,
    north: Math.max(...lats) + margin,
  };
}

/**
 * A Mercator projection that fits `bounds` inside the frame (less its padding) and clips whatever it draws to the
 * frame, so outlines outside the view produce no path data.
 */
export function fitProjection(bounds: Bounds, frame: Frame): GeoProjection {
  const { west, south, east, north } = bounds;
  const box: Feature<Geometry> = {
    type: 'Feature',
    properties: {},
    geometry: { type: 'MultiPoint', coordinates: [[west, south], [east, south], [east, north], [west, north]] },
  };
  return geoMercator()
    .fitExtent([[frame.padding, frame.padding], [frame.width - frame.padding, frame.height - frame.padding]], box)
    .clipExtent([[0, 0], [frame.width, frame.height]]);
}

/** A point projected into the frame, to 0.1 unit. */
export function projectPoint(projection: GeoProjection, point: LonLat): { x: number; y: number } {
  const xy = projection([point.lon, point.lat]);
  if (!xy) throw new Error(`Point ${point.lat}, ${point.lon} cannot be projected`);
  return { x: Math.round(xy[0] * 10) / 10, y: Math.round(xy[1] * 10) / 10 };
}

/** One SVG path per feature, clipped to the frame, with one decimal per coordinate; features outside are dropped. */
export function outlinePaths(projection: GeoProjection, outlines: FeatureCollection | readonly Feature[]): { id: string; d: string }[] {
  const features = 'features' in outlines ? outlines.features : outlines;
  const path = geoPath(projection).digits(1);
  return features.flatMap((feature) => {
    const d = path(feature);
    return d ? [{ id: String(feature.id ?? ''), d }] : [];
  });
}

/** Text anchor for a label on `side` of a point drawn with radius `r`. */
export function labelAnchor(point: { x: number; y: number }, side: LabelSide, r: number, fontSize: number) {
  const gap = r + 4;
  switch (side) {
    case 'n':
      return { x: point.x, y: Math.round((point.y - gap) * 10) / 10, anchor: 'middle' as const };
    case 's':
      return { x: point.x, y: Math.round((point.y + gap + fontSize * 0.8) * 10) / 10, anchor: 'middle' as const };
    case 'e':
      return { x: Math.round((point.x + gap) * 10) / 10, y: Math.round((point.y + fontSize * 0.35) * 10) / 10, anchor: 'start' as const };
    case 'w':
      return { x: Math.round((point.x - gap) * 10) / 10, y: Math.round((point.y + fontSize * 0.35) * 10) / 10, anchor: 'end' as const };
  }
}

/**
 * A scale bar for the frame: the longest "nice" length (1, 2 or 5 × 10ⁿ km) that fits in `maxWidth` units,
 * measured along the frame's middle row, and its width in SVG units.
 */
export function scaleBar(projection: GeoProjection, frame: Frame, maxWidth: number): { km: number; width: number } {
  const y = frame.height / 2;
  const x0 = frame.width / 2 - maxWidth / 2;
  const a = projection.invert!([x0, y])!;
  const b = projection.invert!([x0 + maxWidth, y])!;
  const kmPerUnit = (geoDistance(a, b) * EARTH_RADIUS_KM) / maxWidth;
  const maxKm = maxWidth * kmPerUnit;
  const magnitude = 10 ** Math.floor(Math.log10(maxKm));
  const km = [5, 2, 1].map((step) => step * magnitude).find((candidate) => candidate <= maxKm) ?? magnitude;
  return { km, width: Math.round((km / kmPerUnit) * 10) / 10 };
}

export interface MapPlace {
  id: string;
  coordinates: Coordinates;
  label: LabelSide;
}

export interface PlacedPoint {
  id: string;
  x: number;
  y: number;
  text: { x: number; y: number; anchor: 'start' | 'middle' | 'end' };
  /** Straight-line distance from the origin, in km (unrounded). */
  km: number;
}

/**
 * Lays out one map: a projection fitted to the places (plus `margin` degrees), the outlines clipped to the frame,
 * each place projected with its label anchor and its straight-line distance from `origin`.
 */
export function layoutMap(options: {
  places: readonly MapPlace[];
  origin: LonLat;
  frame: Frame;
  margin: number;
  outlines?: FeatureCollection | readonly Feature[];
  radius?: number;
  fontSize?: number;
}) {
  const { places, origin, frame, margin, outlines = [], radius = 6, fontSize = 16 } = options;
  const points = places.map((place) => ({ place, at: toLonLat(place.coordinates) }));
  const projection = fitProjection(boundsOf(points.map((p) => p.at), margin), frame);
  const placed: PlacedPoint[] = points.map(({ place, at }) => {
    const xy = projectPoint(projection, at);
    return { id: place.id, ...xy, text: labelAnchor(xy, place.label, radius, fontSize), km: straightLineKm(origin, at) };
  });
  return { projection, frame, points: placed, outlines: outlinePaths(projection, outlines), scale: scaleBar(projection, frame, frame.width / 4) };
}
