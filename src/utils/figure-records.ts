/**
 * The key figures as open data (/data/figures.json and /data/figures.csv): one flat record per figure, with its
 * labels in both languages, the value as the source states it, its date and its source. Plain functions over plain
 * data, shared by both endpoints.
 */
import { formatQuantity, type Qualifier, type Unit } from './units';

/** A figure as stored in src/content/figures/figures.yaml. */
export interface FigureData {
  label: { 'zh-cn': string; en: string };
  value: number;
  qualifier: Qualifier;
  unit: Unit;
  asOf: Date | 'undated';
  asOfPrecision: 'year' | 'month' | 'day';
  level: 'town' | 'city' | 'province' | 'national';
  source: string;
  note?: { 'zh-cn': string; en: string } | undefined;
}

/** A source as stored in src/content/sources/sources.yaml (the fields the records use). */
export interface SourceData {
  title: string;
  titleEn?: string | undefined;
  publisher: string;
  url?: string | undefined;
  docNumber?: string | undefined;
  reference?: string | undefined;
  via: boolean;
}

/** One row of the open data. Field names are the CSV's column names. */
export interface FigureRecord {
  id: string;
  labelZhCn: string;
  labelEn: string;
  value: number;
  unit: Unit;
  qualifier: Qualifier;
  /** How the site shows it: 超688亿元 / over 68.8 billion yuan. */
  displayZhCn: string;
  displayEn: string;
  /** YYYY-MM-DD: the day (or the end of the month or year) the figure describes; empty when the source gives no date. */
  asOf: string;
  /** `year`, `month` or `day`; `undated` when the source prints no date. */
  asOfPrecision: 'year' | 'month' | 'day' | 'undated';
  /** Whose figure it is: `town` (Changping), `city` (Dongguan), `province` (Guangdong) or `national`. */
  level: 'town' | 'city' | 'province' | 'national';
  sourceId: string;
  sourceTitle: string;
  sourceTitleEn: string;
  sourcePublisher: string;
  /** The source's address; for a source without one, its document number or bibliographic reference. */
  sourceUrl: string;
  sourceReference: string;
  /** `true` when the source is a mirror or repost of the original. */
  sourceVia: boolean;
  noteZhCn: string;
  noteEn: string;
}

export const FIGURE_COLUMNS = [
  'id',
  'labelZhCn',
  'labelEn',
  'value',
  'unit',
  'qualifier',
  'displayZhCn',
  'displayEn',
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
  'noteZhCn',
  'noteEn',
] as const satisfies readonly (keyof FigureRecord)[];

export function figureRecord(id: string, figure: FigureData, source: SourceData | undefined): FigureRecord {
  if (!source) throw new Error(`Key figure "${id}" names source "${figure.source}", which is not in sources.yaml`);
  return {
    id,
    labelZhCn: figure.label['zh-cn'],
    labelEn: figure.label.en,
    value: figure.value,
    unit: figure.unit,
    qualifier: figure.qualifier,
    displayZhCn: formatQuantity(figure.value, figure.unit, figure.qualifier, 'zh-cn'),
    displayEn: formatQuantity(figure.value, figure.unit, figure.qualifier, 'en'),
    asOf: figure.asOf === 'undated' ? '' : figure.asOf.toISOString().slice(0, 10),
    asOfPrecision: figure.asOf === 'undated' ? 'undated' : figure.asOfPrecision,
    level: figure.level,
    sourceId: figure.source,
    sourceTitle: source.title,
    sourceTitleEn: source.titleEn ?? '',
    sourcePublisher: source.publisher,
    sourceUrl: source.url ?? '',
    sourceReference: source.docNumber ?? source.reference ?? '',
    sourceVia: source.via,
    noteZhCn: figure.note?.['zh-cn'] ?? '',
    noteEn: figure.note?.en ?? '',
  };
}

/** The records, sorted by figure id so the files change only where the data does. */
export function figureRecords(
  figures: readonly { id: string; data: FigureData }[],
  sources: readonly { id: string; data: SourceData }[],
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
