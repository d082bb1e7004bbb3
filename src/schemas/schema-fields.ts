/**
 * Reads the content schemas (zod) as a list of fields: name, kind, required or not, allowed values, limits.
 * The browser editor's configuration and `npm run new` are built from this, so neither can drift from the
 * schemas the build validates against.
 */
import type { z } from 'astro/zod';

export type FieldKind = 'string' | 'url' | 'date' | 'boolean' | 'number' | 'enum' | 'list' | 'object';

export interface SchemaField {
  name: string;
  kind: FieldKind;
  /** Must be written: neither optional nor given a default. */
  required: boolean;
  default?: unknown;
  /** Allowed values of an enum, or of each item of an enum list. */
  options?: readonly string[];
  /** For lists: what each item is (`string`, `enum`, or `object` with `fields`). */
  item?: 'string' | 'enum' | 'object';
  /** Minimum length (text) or item count (list), or minimum value (number). */
  min?: number;
  max?: number;
  integer?: boolean;
  /** Sub-fields of an object. */
  fields?: SchemaField[];
}

interface Def {
  type: string;
  innerType?: z.ZodType;
  defaultValue?: unknown;
  entries?: Record<string, string>;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  format?: string;
  values?: unknown[];
  out?: z.ZodType;
  in?: z.ZodType;
  checks?: { _zod: { def: { check: string; minimum?: number; maximum?: number; value?: number; format?: string } } }[];
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

function limits(def: Def): Pick<SchemaField, 'min' | 'max' | 'integer'> {
  const out: Pick<SchemaField, 'min' | 'max' | 'integer'> = {};
  for (const check of def.checks ?? []) {
    const c = check._zod.def;
    if (c.check === 'min_length') out.min = c.minimum;
    if (c.check === 'max_length') out.max = c.maximum;
    if (c.check === 'greater_than') out.min = c.value;
    if (c.check === 'less_than') out.max = c.value;
    if (c.check === 'number_format' && c.format === 'safeint') out.integer = true;
  }
  return out;
}

/** One field of a schema, described. */
export function describeField(name: string, schema: z.ZodType): SchemaField {
  let def = defOf(schema);
  let required = true;
  let fallback: unknown;
  while (def.type === 'optional' || def.type === 'default' || def.type === 'pipe') {
    // A pipe is a value cleaned up before it is checked (z.preprocess): what counts is what it is checked as.
    if (def.type === 'pipe') {
      def = pipeInput(def);
      continue;
    }
    required = false;
    if (def.type === 'default') fallback = def.defaultValue;
    def = defOf(def.innerType!);
  }
  const base = { name, required, ...(fallback === undefined ? {} : { default: fallback }) };
  switch (def.type) {
    case 'string':
      return { ...base, kind: def.format === 'url' ? 'url' : 'string', ...limits(def) };
    case 'date':
    case 'boolean':
      return { ...base, kind: def.type };
    case 'number':
      return { ...base, kind: 'number', ...limits(def) };
    case 'enum':
      return { ...base, kind: 'enum', options: Object.values(def.entries!) };
    case 'literal':
      return { ...base, kind: 'enum', options: def.values!.map(String) };
    case 'array': {
      const element = describeField(name, def.element!);
      if (element.kind === 'enum') return { ...base, kind: 'list', item: 'enum', options: element.options!, ...limits(def) };
      if (element.kind === 'object') return { ...base, kind: 'list', item: 'object', fields: element.fields!, ...limits(def) };
      return { ...base, kind: 'list', item: 'string', ...limits(def) };
    }
    case 'object':
      return { ...base, kind: 'object', fields: fieldsOfShape(def.shape!) };
    case 'union':
      // A choice between a word and a date (a figure's `asOf: undated`): edited as text, checked on save.
      return { ...base, kind: 'string' };
    default:
      throw new Error(`schema-fields: field "${name}" has a type (${def.type}) the editor configuration does not know`);
  }
}

/** Every field of an object schema, in the order the schema lists them. */
export function describeFields(schema: z.ZodType): SchemaField[] {
  let def = defOf(schema);
  while (def.type === 'pipe') def = pipeInput(def);
  return fieldsOfShape(def.shape!);
}

/**
 * What a pipe is checked as: for a value cleaned up first (z.preprocess), the schema it then goes through; for a
 * value completed afterwards (`.transform`, e.g. the generated zh-hk text of `localizedText`), what is written.
 */
function pipeInput(def: Def): Def {
  const out = defOf(def.out!);
  return out.type === 'transform' ? defOf(def.in!) : out;
}

function fieldsOfShape(shape: Record<string, z.ZodType>): SchemaField[] {
  return Object.entries(shape).map(([name, field]) => describeField(name, field));
}
