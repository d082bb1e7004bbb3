/**
 * Geometry of a horizontal bar chart drawn at build time as SVG. Each bar has its label on a line above it (so
 * long labels and narrow screens work) and its value written just after the bar's end. Pure functions: the
 * component only renders what this returns.
 */

/** One bar: what it measures, its value and the value as it should be written (with unit and qualifier). */
export interface BarDatum {
  label: string;
  value: number;
  display: string;
}

export interface BarLayoutOptions {
  /** Total width of the drawing, in SVG units. */
  width?: number;
  /** Thickness of one bar. */
  barHeight?: number;
  /** Height of the label line above each bar. */
  labelHeight?: number;
  /** Space below each bar, before the next label. */
  gap?: number;
  /** Room kept right of the longest bar for its value text. */
  valueWidth?: number;
}

export interface BarGeometry extends BarDatum {
  /** The bar's rectangle. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Baseline of the label text (left-aligned at x = 0). */
  labelY: number;
  /** Where the value text starts, and its baseline. */
  valueX: number;
  valueY: number;
}

export interface BarLayout {
  width: number;
  height: number;
  bars: BarGeometry[];
}

const DEFAULTS: Required<BarLayoutOptions> = { width: 560, barHeight: 28, labelHeight: 24, gap: 18, valueWidth: 190 };

/** The smallest drawn width of a bar whose value is above zero, so it never disappears. */
export const MIN_BAR_WIDTH = 2;

const round = (n: number) => Math.round(n * 10) / 10;

/** Lays out the bars, longest value = full track. Values must be finite and not negative. */
export function layoutBars(data: readonly BarDatum[], options: BarLayoutOptions = {}): BarLayout {
  const o = { ...DEFAULTS, ...options };
  for (const d of data) {
    if (!Number.isFinite(d.value) || d.value < 0) {
      throw new RangeError(`Bar "${d.label}" has value ${d.value}: a bar chart shows finite values of zero or more`);
    }
  }
  const track = Math.max(0, o.width - o.valueWidth);
  const max = Math.max(0, ...data.map((d) => d.value));
  const step = o.labelHeight + o.barHeight + o.gap;
  const bars = data.map((d, i) => {
    const top = i * step;
    const raw = max === 0 ? 0 : (d.value / max) * track;
    const width = d.value > 0 ? Math.max(MIN_BAR_WIDTH, raw) : 0;
    const y = top + o.labelHeight;
    return {
      ...d,
      x: 0,
      y: round(y),
      width: round(width),
      height: o.barHeight,
      labelY: round(top + o.labelHeight * 0.7),
      valueX: round(width + 8),
      valueY: round(y + o.barHeight * 0.68),
    };
  });
  const height = data.length === 0 ? 0 : data.length * step - o.gap;
  return { width: o.width, height: round(height), bars };
}
