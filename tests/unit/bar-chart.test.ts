import { describe, expect, it } from 'vitest';
import { layoutBars, MIN_BAR_WIDTH } from '../../src/model/drawing/bar-chart';

const d = (label: string, value: number) => ({ label, value, display: String(value) });

describe('layoutBars', () => {
  it('gives the largest value the whole track and the others their share', () => {
    const { bars } = layoutBars([d('total', 103), d('part', 66)], { width: 500, valueWidth: 100 });
    expect(bars[0]!.width).toBe(400);
    expect(bars[1]!.width).toBeCloseTo((66 / 103) * 400, 1);
    expect(bars[1]!.width).toBeLessThan(bars[0]!.width);
  });

  it('puts each value right after its own bar, inside the drawing', () => {
    const { bars, width } = layoutBars([d('a', 10), d('b', 5)], { width: 500, valueWidth: 100 });
    for (const bar of bars) {
      expect(bar.valueX).toBeGreaterThan(bar.x + bar.width);
      expect(bar.valueX).toBeLessThan(width);
    }
  });

  it('stacks bars top to bottom with the label line above each bar', () => {
    const { bars, height } = layoutBars([d('a', 1), d('b', 2), d('c', 3)], {
      barHeight: 20,
      labelHeight: 20,
      gap: 10,
    });
    expect(bars.map((b) => b.y)).toEqual([20, 70, 120]);
    for (const bar of bars) expect(bar.labelY).toBeLessThan(bar.y);
    expect(height).toBe(140);
  });

  it('keeps a small value visible and draws zero as no bar', () => {
    const { bars } = layoutBars([d('big', 1_000_000), d('tiny', 1), d('none', 0)]);
    expect(bars[1]!.width).toBe(MIN_BAR_WIDTH);
    expect(bars[2]!.width).toBe(0);
  });

  it('draws nothing but does not fail when every value is zero or there is no data', () => {
    expect(layoutBars([d('a', 0)]).bars[0]!.width).toBe(0);
    expect(layoutBars([])).toMatchObject({ height: 0, bars: [] });
  });

  it('refuses negative and non-finite values', () => {
    expect(() => layoutBars([d('a', -1)])).toThrow(RangeError);
    expect(() => layoutBars([d('a', Number.NaN)])).toThrow(/finite/);
  });
});
