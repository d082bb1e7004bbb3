import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import { PLACES, ORIGIN_ID, UNPLOTTED } from '../../src/model/location/places';
import {
  boundsOf,
  EARTH_RADIUS_KM,
  fitProjection,
  labelAnchor,
  layoutMap,
  outlinePaths,
  parseDms,
  projectPoint,
  roundKm,
  scaleBar,
  straightLineKm,
  toLonLat,
} from '../../src/model/location/location-map';

/** Haversine, written out independently of d3-geo, to check straightLineKm against. */
function haversineKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }) {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
}

describe('parseDms', () => {
  it('reads degrees, minutes and seconds with their hemispheres', () => {
    const p = parseDms('23°07′48″N 113°15′36″E');
    expect(p.lat).toBeCloseTo(23.13, 6);
    expect(p.lon).toBeCloseTo(113.26, 6);
  });

  it('agrees with the decimal value the source prints next to it', () => {
    // en.wikipedia: 22°58′32″N 113°59′32″E / 22.9756°N 113.9922°E
    const p = parseDms('22°58′32″N 113°59′32″E');
    expect(p.lat).toBeCloseTo(22.9756, 4);
    expect(p.lon).toBeCloseTo(113.9922, 4);
  });

  it('makes south and west negative, and accepts degrees alone', () => {
    expect(parseDms('33°52′S 151°13′E')).toEqual({ lat: -(33 + 52 / 60), lon: 151 + 13 / 60 });
    expect(parseDms('23°N 114°W')).toEqual({ lat: 23, lon: -114 });
  });

  it('names what is wrong', () => {
    expect(() => parseDms('23°07′48″N')).toThrow(/latitude .* and a longitude/);
    expect(() => parseDms('23°75′N 113°E')).toThrow(/below 60/);
    expect(() => toLonLat({ lat: 95, lon: 0 })).toThrow(/out of range/);
  });
});

describe('straightLineKm', () => {
  it('gives a quarter meridian as π/2 Earth radii (about 10,008 km)', () => {
    expect(straightLineKm({ lat: 0, lon: 0 }, { lat: 90, lon: 0 })).toBeCloseTo((Math.PI / 2) * EARTH_RADIUS_KM, 6);
  });

  it('gives one degree of arc as about 111.2 km, in any direction on the equator', () => {
    expect(straightLineKm({ lat: 0, lon: 0 }, { lat: 1, lon: 0 })).toBeCloseTo(111.195, 2);
    expect(straightLineKm({ lat: 0, lon: 10 }, { lat: 0, lon: 11 })).toBeCloseTo(111.195, 2);
  });

  it('matches an independent haversine for every place on the map, from Changping', () => {
    const origin = toLonLat(PLACES.find((p) => p.id === ORIGIN_ID)!.coordinates);
    for (const place of PLACES) {
      const at = toLonLat(place.coordinates);
      expect(straightLineKm(origin, at), place.id).toBeCloseTo(haversineKm(origin, at), 6);
    }
  });

  it('puts Changping about 75 km from Hong Kong airport and 19 km from Dongguan station, as the crow flies', () => {
    const changping = { lat: 22.9756, lon: 113.9922 };
    expect(straightLineKm(changping, { lat: 22.30889, lon: 113.91444 })).toBeGreaterThan(74.4);
    expect(straightLineKm(changping, { lat: 22.30889, lon: 113.91444 })).toBeLessThan(74.7);
    expect(straightLineKm(changping, { lat: 23.09139, lon: 113.85472 })).toBeGreaterThan(18.5);
    expect(straightLineKm(changping, { lat: 23.09139, lon: 113.85472 })).toBeLessThan(19.5);
  });

  it('rounds for display: whole km from 10 km, tenths below', () => {
    expect(roundKm(74.44)).toBe(74);
    expect(roundKm(3.46)).toBe(3.5);
  });
});

describe('fitProjection', () => {
  const frame = { width: 600, height: 400, padding: 20 };
  const bounds = { west: 113.2, south: 22.2, east: 114.5, north: 23.5 };

  it('fits the bounds inside the padded frame, touching it on the tighter axis', () => {
    const projection = fitProjection(bounds, frame);
    const corners = [
      projectPoint(projection, { lon: bounds.west, lat: bounds.north }),
      projectPoint(projection, { lon: bounds.east, lat: bounds.south }),
    ];
    for (const { x, y } of corners) {
      expect(x).toBeGreaterThanOrEqual(frame.padding - 0.1);
      expect(x).toBeLessThanOrEqual(frame.width - frame.padding + 0.1);
      expect(y).toBeGreaterThanOrEqual(frame.padding - 0.1);
      expect(y).toBeLessThanOrEqual(frame.height - frame.padding + 0.1);
    }
    // The area is about square and the frame is wide: the height is the tight axis.
    expect(corners[0]!.y).toBeCloseTo(frame.padding, 0);
    expect(corners[1]!.y).toBeCloseTo(frame.height - frame.padding, 0);
  });

  it('keeps north up and east to the right', () => {
    const projection = fitProjection(bounds, frame);
    const a = projectPoint(projection, { lon: 113.5, lat: 23 });
    expect(projectPoint(projection, { lon: 114, lat: 23 }).x).toBeGreaterThan(a.x);
    expect(projectPoint(projection, { lon: 113.5, lat: 23.3 }).y).toBeLessThan(a.y);
  });

  it('clips outlines to the frame and drops what lies outside it', () => {
    const projection = fitProjection(bounds, frame);
    const inside: Feature = { type: 'Feature', id: 'in', properties: {}, geometry: { type: 'Polygon', coordinates: [[[113, 22], [113, 24], [115, 24], [115, 22], [113, 22]]] } };
    const outside: Feature = { type: 'Feature', id: 'out', properties: {}, geometry: { type: 'Polygon', coordinates: [[[100, 10], [100, 11], [101, 11], [101, 10], [100, 10]]] } };
    // Rings wind clockwise, as d3-geo expects (an anticlockwise ring would mean the rest of the globe).
    const paths = outlinePaths(projection, [inside, outside]);
    expect(paths.map((p) => p.id)).toEqual(['in']);
    const numbers = paths[0]!.d.match(/-?\d+(\.\d+)?/g)!.map(Number);
    for (const n of numbers) {
      expect(n).toBeGreaterThanOrEqual(0);
      expect(n).toBeLessThanOrEqual(frame.width);
    }
    expect(paths[0]!.d).not.toMatch(/\.\d{2}/);
  });

  it('measures a scale bar that agrees with the distance it stands for', () => {
    const projection = fitProjection(bounds, frame);
    const bar = scaleBar(projection, frame, 150);
    expect([1, 2, 5, 10, 20, 50]).toContain(bar.km);
    expect(bar.width).toBeLessThanOrEqual(150);
    const y = frame.height / 2;
    const a = projection.invert!([100, y])!;
    const b = projection.invert!([100 + bar.width, y])!;
    expect(straightLineKm({ lon: a[0], lat: a[1] }, { lon: b[0], lat: b[1] })).toBeCloseTo(bar.km, 0);
  });
});

describe('labels and layout', () => {
  it('puts a label clear of its symbol on the side asked for', () => {
    expect(labelAnchor({ x: 100, y: 100 }, 'e', 6, 16)).toMatchObject({ x: 110, anchor: 'start' });
    expect(labelAnchor({ x: 100, y: 100 }, 'w', 6, 16)).toMatchObject({ x: 90, anchor: 'end' });
    expect(labelAnchor({ x: 100, y: 100 }, 'n', 6, 16)).toMatchObject({ y: 90, anchor: 'middle' });
    expect(labelAnchor({ x: 100, y: 100 }, 's', 6, 16).y).toBeGreaterThan(110);
  });

  it('lays every place of the site inside the frame, with its distance from Changping', () => {
    const origin = toLonLat(PLACES.find((p) => p.id === ORIGIN_ID)!.coordinates);
    const frame = { width: 640, height: 640, padding: 40 };
    const map = layoutMap({ places: PLACES, origin, frame, margin: 0.05 });
    expect(map.points).toHaveLength(PLACES.length);
    for (const point of map.points) {
      expect(point.x).toBeGreaterThanOrEqual(frame.padding - 0.1);
      expect(point.x).toBeLessThanOrEqual(frame.width - frame.padding + 0.1);
      expect(point.y).toBeGreaterThanOrEqual(frame.padding - 0.1);
      expect(point.y).toBeLessThanOrEqual(frame.height - frame.padding + 0.1);
    }
    expect(map.points.find((p) => p.id === ORIGIN_ID)!.km).toBe(0);
    const guangzhou = map.points.find((p) => p.id === 'guangzhou')!;
    const shenzhen = map.points.find((p) => p.id === 'shenzhen')!;
    expect(guangzhou.x).toBeLessThan(shenzhen.x);
    expect(guangzhou.y).toBeLessThan(shenzhen.y);
  });

  it('every place has a source, and ids are unique across drawn and undrawn places', () => {
    const ids = [...PLACES.map((p) => p.id), ...UNPLOTTED.map((p) => p.id)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const place of PLACES) expect(place.source, place.id).toMatch(/^[a-z0-9-]+$/);
    expect(boundsOf(PLACES.map((p) => toLonLat(p.coordinates))).south).toBeLessThan(22.4);
  });
});
