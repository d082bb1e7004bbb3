import { geoContains } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { OUTLINE_IDS, PLACES, locationSources } from '../../src/model/location/places';
import { countryOutlines } from '../../src/model/location/outlines';
import { CLOSE_UP_FRAME, formatCoordinates, locationViews, placesByDistance, REGION_FRAME } from '../../src/model/location/location-views';

const outlines = countryOutlines([OUTLINE_IDS.china, OUTLINE_IDS.hongKong, OUTLINE_IDS.macao]);

describe('the location views', () => {
  const { region, closeUp } = locationViews(outlines);

  it('draws mainland China and Hong Kong, clipped to the region, in a few kilobytes of path data', () => {
    expect(region.outlines.map((o) => o.id)).toEqual(expect.arrayContaining([OUTLINE_IDS.china, OUTLINE_IDS.hongKong]));
    const bytes = region.outlines.reduce((sum, o) => sum + o.d.length, 0);
    expect(bytes).toBeGreaterThan(1_000);
    // Only the geometry in view ships: the whole 1:10m China outline is far larger than this.
    expect(bytes).toBeLessThan(20_000);
    for (const n of region.outlines.flatMap((o) => o.d.match(/-?\d+(\.\d+)?/g)!.map(Number))) {
      expect(n).toBeGreaterThanOrEqual(0);
      expect(n).toBeLessThanOrEqual(REGION_FRAME.width);
    }
  });

  it('puts the town’s stations on the close-up and everything else on the region', () => {
    expect(closeUp.points.map((p) => p.id).sort()).toEqual(PLACES.filter((p) => p.closeUp || p.id === 'changping').map((p) => p.id).sort());
    expect(region.points.map((p) => p.id)).not.toContain('changping-east');
    expect(closeUp.frame).toBe(CLOSE_UP_FRAME);
    // The close-up is a few kilometres across: its scale bar is a kilometre or two.
    expect(closeUp.scale.km).toBeLessThanOrEqual(2);
    expect(region.scale.km).toBeGreaterThanOrEqual(10);
  });

  it('projects each place where its coordinates are, and the outlines agree with the map', () => {
    const changping = region.points.find((p) => p.id === 'changping')!;
    const back = region.projection.invert!([changping.x, changping.y])!;
    expect(back[0]).toBeCloseTo(113.9922, 2);
    expect(back[1]).toBeCloseTo(22.9756, 2);
    // Changping and Shenzhen lie inside the mainland outline, not inside Hong Kong's.
    const [china, hongKong] = outlines;
    expect(geoContains(china!, [113.9922, 22.9756])).toBe(true);
    expect(geoContains(hongKong!, [113.9922, 22.9756])).toBe(false);
    expect(geoContains(china!, [114.0596, 22.5415])).toBe(true);
  });
});

describe('the table of places', () => {
  it('lists Changping first, then places nearest first', () => {
    const rows = placesByDistance();
    expect(rows[0]!.place.id).toBe('changping');
    expect(rows[0]!.km).toBe(0);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.km).toBeGreaterThanOrEqual(rows[i - 1]!.km);
  });

  it('shows coordinates as printed, and the decimal value where the source gave degrees and minutes', () => {
    expect(formatCoordinates({ lat: 22.9756, lon: 113.9922 })).toEqual({ printed: '22.9756° N, 113.9922° E' });
    expect(formatCoordinates({ dms: '23°07′48″N 113°15′36″E' })).toEqual({ printed: '23°07′48″N 113°15′36″E', decimal: '23.1300° N, 113.2600° E' });
  });

  it('cites the outlines and every coordinate and travel-time source', () => {
    const sources = locationSources();
    expect(sources).toContain('natural-earth-admin0-10m');
    for (const place of PLACES) expect(sources).toContain(place.source);
    expect(sources).toContain('dongguantoday-invest-location');
  });
});
