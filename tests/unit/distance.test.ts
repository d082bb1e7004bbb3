import { describe, expect, it } from 'vitest';
import { greatCircleKm, measureRows } from '../../src/model/geo/distance';

describe('greatCircleKm', () => {
  it('gives zero for one point and about 111 km for one degree of latitude', () => {
    expect(greatCircleKm({ lat: 23, lon: 114 }, { lat: 23, lon: 114 })).toBe(0);
    expect(greatCircleKm({ lat: 22, lon: 114 }, { lat: 23, lon: 114 })).toBeCloseTo(111.2, 0);
  });

  it('puts Changping about 49 km from the Shenzhen Civic Center (sourced coordinates)', () => {
    expect(Math.round(greatCircleKm({ lat: 22.9756, lon: 113.9922 }, { lat: 22.5415, lon: 114.0596 }))).toBe(49);
  });
});

describe('measureRows', () => {
  const places = [
    { id: 'a', lat: 22.9756, lon: 113.9922, coordSource: 'wiki' },
    { id: 'b', lat: 22.5415, lon: 114.0596, coordSource: 'mirror' },
    { id: 'c' },
  ];

  it('computes straight lines and cites both coordinates’ sources', () => {
    const [row] = measureRows(places, [{ id: 'ab', kind: 'straight', from: 'a', to: 'b', sources: [] }]);
    expect(row).toMatchObject({ value: 49, sources: ['wiki', 'mirror'] });
  });

  it('keeps a sourced number as it is', () => {
    const [row] = measureRows(places, [{ id: 'ac', kind: 'rail', from: 'a', to: 'c', value: 57, sources: ['map'] }]);
    expect(row).toMatchObject({ value: 57, sources: ['map'] });
  });

  it('refuses a straight line to a place without coordinates, or a number without a source', () => {
    expect(() => measureRows(places, [{ id: 'ac', kind: 'straight', from: 'a', to: 'c', sources: [] }])).toThrow(/"ac".*"c" has no coordinates/);
    expect(() => measureRows(places, [{ id: 'x', kind: 'time', from: 'a', to: 'c', value: 53, sources: [] }])).toThrow(/"x".*source/);
    expect(() => measureRows(places, [{ id: 'y', kind: 'rail', from: 'a', to: 'nowhere', value: 1, sources: ['s'] }])).toThrow(/"nowhere"/);
  });
});
