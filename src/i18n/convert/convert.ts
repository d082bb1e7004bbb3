/**
 * Text conversion for generated editions (src/i18n/locales.ts, `generated`): zh-cn text becomes Hong Kong
 * Traditional Chinese through OpenCC (opencc-js, phrase-aware `cn → hkp`), with the phrase table
 * (./phrases.ts) applied first. Converters are made once per process and conversion; text without Han characters
 * is returned as it is (ids, slugs, URLs, numbers).
 */
import * as OpenCC from 'opencc-js';
import { GENERATED_LOCALES, generatedFrom, localeSpec, type Locale } from '../locales.ts';
import { PHRASES } from './phrases.ts';

export type Convert = (text: string) => string;

const HAN = /\p{Script=Han}/u;
// Private-use characters: OpenCC leaves them alone, and no content file contains them.
const OPEN = '\uE000';
const CLOSE = '\uE001';

/**
 * A converter for an OpenCC direction with a phrase table: each phrase found (longest first) is set aside
 * while OpenCC runs and put back in its fixed form afterwards.
 */
export function makeConverter(opencc: { from: string; to: string }, phrases: typeof PHRASES = PHRASES): Convert {
  const base = OpenCC.Converter(opencc as Parameters<typeof OpenCC.Converter>[0]);
  const sorted = [...phrases].sort((a, b) => b[0].length - a[0].length);
  const pattern = sorted.length ? new RegExp(sorted.map(([key]) => escape(key)).join('|'), 'gu') : undefined;
  const fixed = new Map(sorted);
  return (text) => {
    if (!HAN.test(text)) return text;
    if (!pattern) return base(text);
    const held: string[] = [];
    const marked = text.replace(pattern, (key) => {
      held.push(fixed.get(key)!);
      return `${OPEN}${held.length - 1}${CLOSE}`;
    });
    return base(marked).replace(new RegExp(`${OPEN}(\\d+)${CLOSE}`, 'gu'), (_, n: string) => held[Number(n)]!);
  };
}

/**
 * Made once per process: a build loads this module twice (Astro's content loader and the rendered pages' bundle),
 * and each OpenCC converter costs about 0.3 s and 40 MB to make, so both share one through `globalThis`.
 */
const CONVERTERS = Symbol.for('invest-changping.converters');
type Made = { phrases: string; convert: Convert };
const shared = globalThis as typeof globalThis & { [CONVERTERS]?: Map<string, Made> };
const converters = (shared[CONVERTERS] ??= new Map<string, Made>());

/** The converter that makes `locale`'s text from its source edition's; the identity for an edition staff write. */
export function converterFor(locale: Locale): Convert {
  const spec = localeSpec(locale).generated;
  if (!spec || !generatedFrom(locale)) return identity;
  // One per conversion, made again when the phrase table changed (an edit under the dev server), replacing the old.
  const direction = `${spec.opencc.from}>${spec.opencc.to}`;
  const made = converters.get(direction);
  if (made?.phrases === PHRASES_KEY) return made.convert;
  const convert = makeConverter(spec.opencc);
  converters.set(direction, { phrases: PHRASES_KEY, convert });
  return convert;
}

/** Convert one text for `locale` (see `converterFor`). */
export function convertText(text: string, locale: Locale): string {
  return converterFor(locale)(text);
}

const identity: Convert = (text) => text;
const PHRASES_KEY = PHRASES.map(([key, value]) => `${key}=${value}`).join('|');

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A text given per edition, completed: each generated edition the record lacks gets its source edition's text,
 * converted. A generated edition's own text, when staff wrote one, is kept.
 */
export function withGenerated<T extends Partial<Record<Locale, string>>>(values: T): T & Record<Locale, string> {
  const out: Partial<Record<Locale, string>> = { ...values };
  for (const locale of GENERATED_LOCALES) {
    const from = generatedFrom(locale);
    const text = from ? values[from] : undefined;
    if (!out[locale] && text !== undefined) out[locale] = convertText(text, locale);
  }
  return out as T & Record<Locale, string>;
}

/** The text fields `keys` of a record as every generated edition shows them: `{ 'zh-hk': { title: … } }`. */
export function generatedEditions<T extends Record<string, unknown>, K extends keyof T & string>(
  record: T,
  keys: readonly K[],
): Partial<Record<Locale, Pick<T, K>>> {
  return Object.fromEntries(
    GENERATED_LOCALES.map((locale) => [
      locale,
      Object.fromEntries(
        keys.flatMap((key) => (typeof record[key] === 'string' ? [[key, convertText(record[key], locale)]] : [])),
      ),
    ]),
  ) as Partial<Record<Locale, Pick<T, K>>>;
}
