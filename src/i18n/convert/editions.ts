/**
 * Data modules (src/config/, src/model/location/places.ts …) write their text for the editions staff write
 * (`{ 'zh-cn': …, en: … }`); `withEditions` completes every such text, however deep, with the generated editions'
 * (zh-hk converted from zh-cn, through `withGenerated`), so pages read `text[locale]` for every edition and no one
 * writes Traditional text by hand. A `zh-hk` value written in the data is kept (a wording OpenCC gets wrong).
 *
 *   export const ITEMS: Item[] = withEditions<Item[]>([{ name: { 'zh-cn': '东莞', en: 'Dongguan' } }]);
 */
import { isLocale, WRITTEN_LOCALES, type Localized, type Written } from '../locales.ts';
import { withGenerated } from './convert.ts';

type Leaf = string | number | boolean | bigint | symbol | null | undefined | Date | ((...args: never[]) => unknown);

/** `T` as a data module writes it: each `Localized` text in the written editions only (see `Written`). */
export type WrittenOf<T> = T extends Localized<string>
  ? Written<string>
  : T extends Leaf
    ? T
    : T extends readonly (infer U)[]
      ? readonly WrittenOf<U>[]
      : { [K in keyof T]: WrittenOf<T[K]> };

/** A text record: only edition keys, every written edition among them, each a string. */
function isWrittenText(value: Record<string, unknown>): value is Written<string> {
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every(isLocale) && WRITTEN_LOCALES.every((key) => typeof value[key] === 'string');
}

/** `data` with every text completed for every edition (a copy; `data` is not changed). */
export function withEditions<T>(data: WrittenOf<T>): T {
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (!value || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return value;
    const record = value as Record<string, unknown>;
    if (isWrittenText(record)) return withGenerated(record);
    return Object.fromEntries(Object.entries(record).map(([key, item]) => [key, walk(item)]));
  };
  return walk(data) as T;
}
