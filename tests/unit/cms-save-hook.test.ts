import { describe, expect, it } from 'vitest';
import { schemaDefaults } from '../../src/build/cms-defaults';
import { stripDefaultsOnSave, type ImmutableLike } from '../../src/build/cms-save-hook';

/** A tiny stand-in for Immutable.js's Map and List, enough for the hook. */
function immutable(value: unknown): unknown {
  if (Array.isArray(value)) return list(value.map(immutable));
  if (value && typeof value === 'object') return map(Object.fromEntries(Object.entries(value).map(([k, v]) => [k, immutable(v)])));
  return value;
}
function map(obj: Record<string, unknown>): ImmutableLike & { toJS(): unknown } {
  return {
    get: (key) => obj[key as string],
    has: (key) => key in obj,
    set: (key, value) => map({ ...obj, [key]: value }),
    filter: (keep) => map(Object.fromEntries(Object.entries(obj).filter(([k, v]) => keep(v, k)))),
    map: (change) => map(Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, change(v)]))),
    toJS: () => Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, (v as { toJS?: () => unknown })?.toJS?.() ?? v])),
  };
}
function list(items: unknown[]): ImmutableLike & { toJS(): unknown } {
  return {
    get: (key) => items[key as number],
    has: (key) => (key as number) < items.length,
    set: (key, value) => list(items.map((item, i) => (i === key ? value : item))),
    filter: (keep) => list(items.filter((item, i) => keep(item, String(i)))),
    map: (change) => list(items.map(change)),
    toJS: () => items.map((v) => (v as { toJS?: () => unknown })?.toJS?.() ?? v),
  };
}

describe('the editor save hook', () => {
  const hook = stripDefaultsOnSave(schemaDefaults());

  it('knows the schema defaults', () => {
    expect(schemaDefaults().news).toMatchObject({ draft: false, untranslated: false });
    expect(schemaDefaults().figures).toMatchObject({ qualifier: 'exact', asOfPrecision: 'year' });
  });

  it('drops defaults the editor filled in, in every language, and keeps real values', () => {
    const entry = immutable({
      collection: 'industries',
      data: { title: '物流', draft: false, focus: true, order: 100 },
      i18n: { en: { data: { title: 'Logistics', draft: false, untranslated: true } } },
    }) as ImmutableLike & { toJS(): unknown };
    expect((hook({ entry }) as unknown as { toJS(): unknown }).toJS()).toEqual({
      collection: 'industries',
      data: { title: '物流', focus: true },
      i18n: { en: { data: { title: 'Logistics', untranslated: true } } },
    });
  });

  it('drops defaults from each item of a data file', () => {
    const entry = immutable({
      collection: 'data',
      slug: 'figures',
      data: { items: [{ id: 'a', qualifier: 'exact', asOfPrecision: 'month' }] },
      i18n: {},
    }) as ImmutableLike & { toJS(): unknown };
    expect((hook({ entry }) as unknown as { toJS(): { data: unknown } }).toJS().data).toEqual({
      items: [{ id: 'a', asOfPrecision: 'month' }],
    });
  });

  it("drops defaults from each item of a list of objects (a policy's finder rules)", () => {
    expect(schemaDefaults().policies).toMatchObject({ 'rules[].highTechOnly': false });
    const entry = immutable({
      collection: 'policies',
      data: { title: 'x', rules: [{ id: 'r', highTechOnly: false, unconfirmed: true }] },
      i18n: {},
    }) as ImmutableLike & { toJS(): unknown };
    expect((hook({ entry }) as unknown as { toJS(): { data: unknown } }).toJS().data).toEqual({
      title: 'x',
      rules: [{ id: 'r', unconfirmed: true }],
    });
  });
});
