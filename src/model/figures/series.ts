/**
 * Turns key figures into bars, and refuses comparisons that would mislead: every figure in one chart must have
 * the same unit, describe the same date and come from the same source, so one caption can cite them all.
 */
import type { Locale } from '~/i18n/locales';
import type { BarDatum } from '~/model/drawing/bar-chart';
import { figureView, type ViewFigure } from '~/model/figures/view';

/** The fields of a key figure (src/content/figures/figures.yaml) a chart needs. */
export type ChartFigure = ViewFigure;

export interface FigureSeries {
  bars: BarDatum[];
  /** The date and source shared by every bar. */
  asOf: Date;
  source: string;
}

/** Whether figures can share one chart: at least two, with one unit, one date and one source. */
export function isComparable(figures: readonly { data: Pick<ChartFigure, 'unit' | 'asOf' | 'source'> }[]): boolean {
  const [first, ...rest] = figures;
  return (
    !!first &&
    rest.length > 0 &&
    rest.every(
      ({ data }) =>
        data.unit === first.data.unit && data.asOf.getTime() === first.data.asOf.getTime() && data.source === first.data.source,
    )
  );
}

/** Bars for figures that can honestly be compared; throws, naming the odd one out, when they cannot. */
export function figureSeries(figures: readonly { id: string; data: ChartFigure }[], locale: Locale): FigureSeries {
  const [first] = figures;
  if (!first) throw new RangeError('A chart needs at least one figure');
  for (const figure of figures) {
    if (!isComparable([first, figure])) {
      throw new RangeError(
        `Figure "${figure.id}" cannot share a chart with "${first.id}": charted figures need the same unit, date and source`,
      );
    }
  }
  return {
    bars: figures.map((figure) => {
      const { label, display } = figureView(figure, locale);
      return { label, value: figure.data.value, display };
    }),
    asOf: first.data.asOf,
    source: first.data.source,
  };
}
