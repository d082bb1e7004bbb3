/**
 * The two views of the location page, from the places of src/model/location/places.ts: the region (cities, airports,
 * Dongguan station, over the country outlines) and a close-up of Changping's own stations. Pure: the outlines are
 * passed in.
 */
import type { Feature } from 'geojson';
import { ORIGIN_ID, PLACES, type Place } from '~/model/location/places';
import { layoutMap, straightLineKm, toLonLat, type Frame } from '~/model/location/location-map';

export const REGION_FRAME: Frame = { width: 640, height: 600, padding: 56 };
export const CLOSE_UP_FRAME: Frame = { width: 640, height: 300, padding: 56 };
/** Degrees added around the places of each view. */
const REGION_MARGIN = 0.06;
const CLOSE_UP_MARGIN = 0.004;
/** The largest symbol's radius: labels keep this far from their point. */
const LABEL_CLEARANCE = 10;

export function originPlace(places: readonly Place[] = PLACES): Place {
  const origin = places.find((place) => place.id === ORIGIN_ID);
  if (!origin) throw new Error(`src/model/location/places.ts: no place with the origin id "${ORIGIN_ID}"`);
  return origin;
}

type Views = { region: ReturnType<typeof layoutMap>; closeUp: ReturnType<typeof layoutMap> };
/** The views of the site's own places, per set of outlines: every edition draws the same map. */
const drawn = new WeakMap<readonly Feature[], Views>();

export function locationViews(outlines: readonly Feature[], places: readonly Place[] = PLACES): Views {
  const known = places === PLACES ? drawn.get(outlines) : undefined;
  if (known) return known;
  const views = layoutViews(outlines, places);
  if (places === PLACES) drawn.set(outlines, views);
  return views;
}

function layoutViews(outlines: readonly Feature[], places: readonly Place[]): Views {
  const origin = originPlace(places);
  const at = toLonLat(origin.coordinates);
  const regionPlaces = places.filter((place) => !place.closeUp);
  const closeUpPlaces = places.filter((place) => place.closeUp || place.id === origin.id);
  const region = layoutMap({ places: regionPlaces, origin: at, frame: REGION_FRAME, margin: REGION_MARGIN, outlines, radius: LABEL_CLEARANCE });
  const closeUp = layoutMap({
    places: closeUpPlaces.map((place) => ({ ...place, label: place.closeUpLabel ?? place.label })),
    origin: at,
    frame: CLOSE_UP_FRAME,
    margin: CLOSE_UP_MARGIN,
    radius: LABEL_CLEARANCE,
  });
  return { region, closeUp };
}

/** Coordinates for the table: as the source prints them, and the decimal value where the source gave DMS. */
export function formatCoordinates(coordinates: Place['coordinates']): { printed: string; decimal?: string } {
  const { lat, lon } = toLonLat(coordinates);
  const decimal = `${Math.abs(lat).toFixed(4)}° ${lat < 0 ? 'S' : 'N'}, ${Math.abs(lon).toFixed(4)}° ${lon < 0 ? 'W' : 'E'}`;
  if ('dms' in coordinates) return { printed: coordinates.dms, decimal };
  return { printed: `${coordinates.lat}° N, ${coordinates.lon}° E` };
}

/** Every place with its straight-line distance from the origin, nearest first (the origin itself first). */
export function placesByDistance(places: readonly Place[] = PLACES) {
  const from = toLonLat(originPlace(places).coordinates);
  return places
    .map((place) => ({ place, km: straightLineKm(from, toLonLat(place.coordinates)) }))
    .sort((a, b) => a.km - b.km);
}
