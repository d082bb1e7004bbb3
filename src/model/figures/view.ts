/**
 * A key figure as every page shows it, in one edition: its label, the value with unit and qualifier, its note,
 * the date it describes (as precisely as it is known) and its source's id. The cards, the chart, the key-figure
 * table and the open data all start from here; src/components/content/FigureSourceLine.astro shows date and source.
 */
import { formatDate, isoDay } from '~/i18n/format';
import type { Locale } from '~/i18n/locales';
import { formatQuantity } from '~/i18n/quantity';
import type { FigureData } from '~/schemas/types';

/** The figure fields a view needs. */
export type ViewFigure = Pick<FigureData, 'label' | 'value' | 'qualifier' | 'unit' | 'asOf' | 'level' | 'source'> &
  Partial<Pick<FigureData, 'asOfPrecision' | 'note'>>;

export interface FigureView {
  id: string;
  label: string;
  /** 超688亿元 / over 68.8 billion yuan. */
  display: string;
  note: string | undefined;
  /**
   * The date it describes: for `<time datetime>`, and as shown; `undefined` when the source prints no date
   * (`asOf: undated`), which the page says instead of inventing one.
   */
  asOf: { iso: string; text: string } | undefined;
  /** Whose figure it is: `town` (Changping), `city` (Dongguan), `province` (Guangdong) or `national`. */
  level: FigureData['level'];
  /** Id of its source (src/content/sources/sources.yaml). */
  source: string;
}

export function figureView({ id, data }: { id: string; data: ViewFigure }, locale: Locale): FigureView {
  return {
    id,
    label: data.label[locale],
    display: formatQuantity(data.value, data.unit, data.qualifier, locale),
    note: data.note?.[locale],
    asOf:
      data.asOf === 'undated'
        ? undefined
        : { iso: isoDay(data.asOf), text: formatDate(data.asOf, locale, data.asOfPrecision ?? 'year') },
    level: data.level,
    source: data.source,
  };
}
