/**
 * Turns key figures into bars, and refuses comparisons that would mislead: every figure in one chart must have
 * the same unit, describe the same date and come from the same source, so one caption can cite them all.
 */
import type { Locale } from '~/i18n/locales';
import type { BarDatum } from '~/model/drawing/bar-chart';
import { figureView, type ViewFigure } from '~/model/figures/view';
import type { FigureData } from '~/schemas/types';

/** The fields of a key figure (src/content/figures/figures.yaml) a chart needs. */
export type ChartFigure = ViewFigure & Partial<Pick<FigureData, 'partOf'>>;

export interface FigureSeries {
  bars: BarDatum[];
  /** The date and source shared by every bar. */
  asOf: Date;
  source: string;
}

type Comparable = { id?: string; data: Pick<ChartFigure, 'unit' | 'asOf' | 'source' | 'partOf'> };

/**
 * Whether figures can share one chart: at least two, with one unit, one date (a real one) and one source, and
 * none of them a part of another one in the chart (a core area against its whole area says nothing).
 */
export function isComparable(figures: readonly Comparable[]): boolean {
  const [first, ...rest] = figures;
  if (!first || rest.length === 0 || first.data.asOf === 'undated') return false;
  const firstDay = first.data.asOf.getTime();
  const ids = new Set(figures.map((f) => f.id).filter(Boolean));
  if (figures.some((f) => f.data.partOf && ids.has(f.data.partOf))) return false;
  return rest.every(
    ({ data }) =>
      data.unit === first.data.unit && data.asOf !== 'undated' && data.asOf.getTime() === firstDay && data.source === first.data.source,
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
  if (figures.length > 1 && !isComparable(figures)) {
    throw new RangeError(`Figures ${figures.map((f) => `"${f.id}"`).join(', ')} include a part together with its whole: chart one of them`);
  }
  return {
    bars: figures.map((figure) => {
      const { label, display } = figureView(figure, locale);
      return { label, value: figure.data.value, display };
    }),
    asOf: first.data.asOf as Date,
    source: first.data.source,
  };
}
