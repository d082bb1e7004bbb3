/**
 * Turns key figures into bars, and refuses comparisons that would mislead: every figure in one chart must have
 * the same unit, describe the same date and come from the same source, so one caption can cite them all.
 */
import type { Locale } from '~/i18n/locales';
import { formatQuantity, type Qualifier, type Unit } from '~/i18n/units';
import type { BarDatum } from '~/model/drawing/bar-chart';

/** The fields of a key figure (src/content/figures/figures.yaml) a chart needs. */
export interface FigureData {
  label: Record<Locale, string>;
  value: number;
  qualifier: Qualifier;
  unit: Unit;
  asOf: Date;
  source: string;
}

export interface FigureSeries {
  bars: BarDatum[];
  /** The date and source shared by every bar. */
  asOf: Date;
  source: string;
}

/** Whether figures can share one chart: at least two, with one unit, one date and one source. */
export function isComparable(figures: readonly { data: Pick<FigureData, 'unit' | 'asOf' | 'source'> }[]): boolean {
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
export function figureSeries(figures: readonly { id: string; data: FigureData }[], locale: Locale): FigureSeries {
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
    bars: figures.map(({ data }) => ({
      label: data.label[locale],
      value: data.value,
      display: formatQuantity(data.value, data.unit, data.qualifier, locale),
    })),
    asOf: first.data.asOf,
    source: first.data.source,
  };
}
