/**
 * Straight-line (great-circle) distances between two sourced coordinates, for the table of distances on the
 * transport page, and the rows of that table worked out from the data. Pure functions, unit-tested.
 */

export interface LatLon {
  lat: number;
  lon: number;
}

const EARTH_RADIUS_KM = 6371.0088;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in kilometres (haversine formula, mean Earth radius). */
export function greatCircleKm(a: LatLon, b: LatLon): number {
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export interface Place {
  id: string;
  lat?: number | undefined;
  lon?: number | undefined;
  coordSource?: string | undefined;
}

export interface Measure {
  id: string;
  kind: 'straight' | 'rail' | 'stated' | 'time';
  from: string;
  to: string;
  value?: number | undefined;
  sources: string[];
}

export interface MeasureRow {
  id: string;
  from: string;
  to: string;
  kind: Measure['kind'];
  /** The number shown: computed and rounded to the kilometre for `straight`, as the source gives it otherwise. */
  value: number;
  /** The sources to cite: the coordinates' sources for `straight`, the measure's own otherwise. */
  sources: string[];
}

/** The table's rows; throws, naming the row in src/content/transport/transport.yaml, when a place or a number is missing. */
export function measureRows(places: readonly Place[], measures: readonly Measure[]): MeasureRow[] {
  const byId = new Map(places.map((place) => [place.id, place]));
  return measures.map((measure) => {
    const where = `Measure "${measure.id}" in src/content/transport/transport.yaml`;
    const from = byId.get(measure.from);
    const to = byId.get(measure.to);
    if (!from || !to) throw new Error(`${where} names "${from ? measure.to : measure.from}", which is not a place there`);
    if (measure.kind === 'straight') {
      for (const p of [from, to]) {
        if (p.lat === undefined || p.lon === undefined || !p.coordSource) {
          throw new Error(`${where} is a straight-line distance, but place "${p.id}" has no coordinates with a source`);
        }
      }
      const km = greatCircleKm(from as LatLon, to as LatLon);
      return { id: measure.id, from: from.id, to: to.id, kind: measure.kind, value: Math.round(km), sources: [from.coordSource!, to.coordSource!] };
    }
    if (measure.value === undefined) throw new Error(`${where} needs a \`value\` from its source`);
    if (measure.sources.length === 0) throw new Error(`${where} needs the source of its number in \`sources\``);
    return { id: measure.id, from: from.id, to: to.id, kind: measure.kind, value: measure.value, sources: measure.sources };
  });
}
