/**
 * The browser editor's `preSave` hook (registered in src/pages/admin/index.astro): removes from the entry being
 * saved every key whose value is the default its schema applies anyway (src/build/cms-defaults.ts reads them), so a
 * save keeps only what staff changed. Browser code: plain functions over Sveltia's Immutable.js entry.
 */
import type { SchemaDefaults } from './cms-defaults.ts';

type Scalar = string | number | boolean;

/** The part of Immutable.js's Map and List (Sveltia's entry objects) that the hook uses. */
export interface ImmutableLike {
  get(key: string | number): unknown;
  set(key: string | number, value: unknown): ImmutableLike;
  filter(keep: (value: unknown, key: string) => boolean): ImmutableLike;
  map(change: (value: unknown) => unknown): ImmutableLike;
  has(key: string | number): boolean;
}

const isImmutable = (value: unknown): value is ImmutableLike =>
  !!value && typeof value === 'object' && typeof (value as ImmutableLike).filter === 'function';

/** Entry data without the keys whose value is the schema's default; a data file's `items` each the same way. */
export function withoutDefaults(data: ImmutableLike, defaults: Record<string, Scalar>): ImmutableLike {
  const items = data.get('items');
  if (isImmutable(items) && !data.has('title')) {
    return data.set('items', items.map((item) => (isImmutable(item) ? withoutDefaults(item, defaults) : item)));
  }
  let kept = data.filter((value, key) => !(key in defaults && defaults[key] === value));
  // Lists of objects (a policy's rules): each item without its fields' defaults, given as `list[].field`.
  for (const list of new Set(Object.keys(defaults).filter((key) => key.includes('[].')).map((key) => key.split('[].')[0]!))) {
    const items = kept.get(list);
    if (!isImmutable(items)) continue;
    const prefix = `${list}[].`;
    const itemDefaults = Object.fromEntries(
      Object.entries(defaults).filter(([key]) => key.startsWith(prefix)).map(([key, value]) => [key.slice(prefix.length), value]),
    );
    kept = kept.set(list, items.map((item) => (isImmutable(item) ? withoutDefaults(item, itemDefaults) : item)));
  }
  return kept;
}

/**
 * The `preSave` handler: strips defaults from the entry's data in every language. `collection` is the editor
 * collection's name, or for the figures and sources files `data` with the file's name in `slug`.
 */
export function stripDefaultsOnSave(all: SchemaDefaults) {
  // Generic over Sveltia's own entry type, which has these methods and many more.
  return <E>({ entry: given }: { entry: E }): E => {
    const entry = given as unknown as ImmutableLike;
    const collection = String(entry.get('collection') ?? '');
    const defaults = all[collection === 'data' ? String(entry.get('slug') ?? '') : collection];
    if (!defaults) return given;
    let next = entry;
    const data = entry.get('data');
    if (isImmutable(data)) next = next.set('data', withoutDefaults(data, defaults));
    const i18n = entry.get('i18n');
    if (isImmutable(i18n)) {
      next = next.set(
        'i18n',
        i18n.map((locale) => {
          if (!isImmutable(locale)) return locale;
          const localeData = locale.get('data');
          return isImmutable(localeData) ? locale.set('data', withoutDefaults(localeData, defaults)) : locale;
        }),
      );
    }
    return next as unknown as E;
  };
}
