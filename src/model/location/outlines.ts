/**
 * Reads the country outlines for the location map at build time from the world-atlas package (Natural Earth
 * 1:10m Admin 0, public domain; TopoJSON, ISC licence) and keeps only the features asked for. Node-only: the page
 * ships just the clipped SVG paths that src/model/location/location-map.ts makes of them.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Feature, FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

let topology: Topology<{ countries: GeometryCollection }> | undefined;

function countries(): Topology<{ countries: GeometryCollection }> {
  if (!topology) {
    const file = createRequire(import.meta.url).resolve('world-atlas/countries-10m.json');
    topology = JSON.parse(readFileSync(file, 'utf8')) as Topology<{ countries: GeometryCollection }>;
  }
  return topology;
}

const picked = new Map<string, Feature[]>();

/**
 * The Natural Earth countries with these ids (ISO 3166-1 numeric), in the order given; a missing id is an error.
 * Only the countries asked for are converted from TopoJSON, once per build (every edition draws the same map);
 * the atlas itself is read for that and then dropped.
 */
export function countryOutlines(ids: readonly string[]): Feature[] {
  const key = ids.join(',');
  const known = picked.get(key);
  if (known) return known;
  const topo = countries();
  const geometries = topo.objects.countries.geometries.filter((g) => ids.includes(String(g.id)));
  const all = feature(topo, { type: 'GeometryCollection', geometries }) as FeatureCollection;
  const outlines = ids.map((id) => {
    const found = all.features.find((f) => String(f.id) === id);
    if (!found) throw new Error(`world-atlas/countries-10m.json has no country with id ${id}`);
    return found;
  });
  picked.set(key, outlines);
  // The whole atlas is about 40 MB in memory and the map needs only these few countries: let it go.
  topology = undefined;
  return outlines;
}
