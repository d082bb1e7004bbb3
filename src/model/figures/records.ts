/**
 * The key figures as open data (/data/figures.json and /data/figures.csv): one flat record per figure, with its
 * label, display and note in every edition (a column per locale: `labelZhCn`, `labelEn` …), the value as the
 * source states it, its date and its source. Plain functions over plain data, shared by both endpoints.
 */
import { formatQuantity } from '~/i18n/quantity';
import { LOCALE_KEYS, type Locale } from '~/i18n/locales';
import type { Qualifier, Unit } from '~/i18n/units';
import type { FigureData, SourceData } from '~/schemas/types';
import { isoDay } from '~/i18n/format';

/** `zh-cn` → `ZhCn`: the suffix of a locale's columns. */
type Pascal<S extends string> = S extends `${infer A}-${infer B}` ? `${Capitalize<A>}${Pascal<B>}` : Capitalize<S>;
type Suffix = Pascal<Locale>;
const suffix = (locale: Locale) =>
  locale
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('') as Suffix;

/** The figure fields a record uses. */
export type RecordFigure = Pick<FigureData, 'label' | 'value' | 'qualifier' | 'unit' | 'asOf' | 'asOfPrecision' | 'level' | 'source' | 'note'>;
/** The source fields a record uses. */
export type RecordSource = Pick<SourceData, 'title' | 'titleEn' | 'publisher' | 'url' | 'docNumber' | 'reference' | 'via'>;

/** One row of the open data. Field names are the CSV's column names. */
export type FigureRecord = {
  id: string;
  value: number;
  unit: Unit;
  qualifier: Qualifier;
  /** YYYY-MM-DD: the day (or the end of the month or year) the figure describes; empty when the source gives no date. */
  asOf: string;
  /** `year`, `month` or `day`; `undated` when the source prints no date. */
  asOfPrecision: FigureData['asOfPrecision'] | 'undated';
  /** Whose figure it is: `town` (Changping), `city` (Dongguan), `province` (Guangdong) or `national`. */
  level: FigureData['level'];
  sourceId: string;
  sourceTitle: string;
  sourceTitleEn: string;
  sourcePublisher: string;
  /** The source's address; for a source without one, its document number or bibliographic reference. */
  sourceUrl: string;
  sourceReference: string;
  /** `true` when the source is a mirror or repost of the original. */
  sourceVia: boolean;
} & {
  /** The label, the display (超688亿元 / over 68.8 billion yuan) and the note in each edition. */
  [K in `label${Suffix}` | `display${Suffix}` | `note${Suffix}`]: string;
};

const perLocale = (field: 'label' | 'display' | 'note') => LOCALE_KEYS.map((locale) => `${field}${suffix(locale)}` as const);

export const FIGURE_COLUMNS: readonly (keyof FigureRecord)[] = [
  'id',
  ...perLocale('label'),
  'value',
  'unit',
  'qualifier',
  ...perLocale('display'),
  'asOf',
  'asOfPrecision',
  'level',
  'sourceId',
  'sourceTitle',
  'sourceTitleEn',
  'sourcePublisher',
  'sourceUrl',
  'sourceReference',
  'sourceVia',
  ...perLocale('note'),
];

export function figureRecord(id: string, figure: RecordFigure, source: RecordSource | undefined): FigureRecord {
  if (!source) throw new Error(`Key figure "${id}" names source "${figure.source}", which is not in sources.yaml`);
  const texts = Object.fromEntries(
    LOCALE_KEYS.flatMap((locale) => [
      [`label${suffix(locale)}`, figure.label[locale]],
      [`display${suffix(locale)}`, formatQuantity(figure.value, figure.unit, figure.qualifier, locale)],
      [`note${suffix(locale)}`, figure.note?.[locale] ?? ''],
    ]),
  );
  const values: Record<string, string | number | boolean> = {
    id,
    value: figure.value,
    unit: figure.unit,
    qualifier: figure.qualifier,
    asOf: figure.asOf === 'undated' ? '' : isoDay(figure.asOf),
    asOfPrecision: figure.asOf === 'undated' ? 'undated' : figure.asOfPrecision,
    level: figure.level,
    sourceId: figure.source,
    sourceTitle: source.title,
    sourceTitleEn: source.titleEn ?? '',
    sourcePublisher: source.publisher,
    sourceUrl: source.url ?? '',
    sourceReference: source.docNumber ?? source.reference ?? '',
    sourceVia: source.via,
    ...texts,
  };
  // In column order, so the JSON reads like the CSV.
  return Object.fromEntries(FIGURE_COLUMNS.map((column) => [column, values[column]])) as FigureRecord;
}

/** The records, sorted by figure id so the files change only where the data does. */
export function figureRecords(
  figures: readonly { id: string; data: RecordFigure }[],
  sources: readonly { id: string; data: RecordSource }[],
): FigureRecord[] {
  const byId = new Map(sources.map((source) => [source.id, source.data]));
  return [...figures]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((figure) => figureRecord(figure.id, figure.data, byId.get(figure.data.source)));
}

/** Header row, then one row per record, for `toCsv`. */
export function figureRows(records: readonly FigureRecord[]): (string | number | boolean)[][] {
  return [[...FIGURE_COLUMNS], ...records.map((record) => FIGURE_COLUMNS.map((column) => record[column]))];
}
