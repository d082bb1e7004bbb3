/**
 * Keeps browser-editor saves to what the editor changed. Sveltia CMS fills every field a file leaves out with the
 * field's default before it saves (`draft: false`, `untranslated: false`, `qualifier: exact` on every key figure),
 * and `output.omit_empty_optional_fields` drops only empty values, not these. The schemas apply the same defaults
 * when a key is missing, so writing them adds lines to the file and nothing to the site. The `preSave` hook
 * in src/build/cms-save-hook.ts removes them again, using the defaults read from the schemas here.
 */
import { DATA_SCHEMAS, MARKDOWN_SCHEMAS } from '../schemas/collections.ts';
import { MDX_COLLECTIONS } from './cms-config.ts';
import { describeFields } from '../schemas/schema-fields.ts';

type Scalar = string | number | boolean;
/** Per editor collection (a Markdown collection, or a data file's name): field → the default the schema applies. */
export type SchemaDefaults = Record<string, Record<string, Scalar>>;

type Field = ReturnType<typeof describeFields>[number];
const isScalar = (value: unknown): value is Scalar => ['string', 'number', 'boolean'].includes(typeof value);

/** Field → default; the fields of each item of a list of objects as `list[].field` (a policy's `rules[].highTechOnly`). */
const defaultsOf = (fields: Field[], prefix = ''): [string, Scalar][] =>
  fields.flatMap((field): [string, Scalar][] => [
    ...(isScalar(field.default) ? [[`${prefix}${field.name}`, field.default] as [string, Scalar]] : []),
    ...(field.item === 'object' && field.fields ? defaultsOf(field.fields, `${prefix}${field.name}[].`) : []),
  ]);

const scalarDefaults = (schema: Parameters<typeof describeFields>[0]): Record<string, Scalar> =>
  Object.fromEntries(defaultsOf(describeFields(schema)));

/** The defaults of every collection, from the schemas the build validates with. */
export function schemaDefaults(): SchemaDefaults {
  return {
    ...Object.fromEntries(Object.entries(MARKDOWN_SCHEMAS).map(([name, schema]) => [name, scalarDefaults(schema)])),
    ...Object.fromEntries(MDX_COLLECTIONS.map((name) => [`${name}_mdx`, scalarDefaults(MARKDOWN_SCHEMAS[name])])),
    ...Object.fromEntries(Object.entries(DATA_SCHEMAS).map(([name, { schema }]) => [name, scalarDefaults(schema)])),
  };
}
