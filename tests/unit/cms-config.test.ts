import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { DATA_SCHEMAS, MARKDOWN_SCHEMAS } from '../../src/schemas/collections';
import { FIELD_HELP } from '../../src/schemas/field-help';
import { cmsConfig, type CmsField } from '../../src/build/cms-config';

const config = cmsConfig({ repo: 'example/invest-changping', siteUrl: 'https://invest.example.org/' });
type Collection = (typeof config.collections)[number];
const byName = (name: string) =>
  config.collections.find((c) => c.name === name) as Collection & Record<string, unknown>;

/** The schema's own view of a field: required unless it accepts `undefined` (optional or with a default). */
function schemaFields(schema: z.ZodType): Record<string, { required: boolean; options?: string[] }> {
  // A schema completed after parsing (`.transform`, the sources' generated zh-hk text) is edited as its input.
  const object = (schema as unknown as { in?: z.ZodType }).in ?? schema;
  const shape = (object as unknown as { shape: Record<string, z.ZodType> }).shape;
  return Object.fromEntries(
    Object.entries(shape).map(([name, field]) => {
      const required = !field.safeParse(undefined).success;
      const unwrapped = (field as unknown as { unwrap?: () => z.ZodType }).unwrap?.() ?? field;
      const inner = unwrapped as unknown as { options?: string[]; element?: { options?: string[] } };
      const raw = inner.options ?? inner.element?.options;
      // A union's options are schemas, not words: the editor shows such a field as text.
      const options = raw?.every((option) => typeof option === 'string') ? raw : undefined;
      return [name, options ? { required, options: [...options] } : { required }];
    }),
  );
}

function cmsFields(fields: CmsField[]): Record<string, { required: boolean; options?: string[] }> {
  return Object.fromEntries(
    fields.map((field) => {
      const options = field.options as string[] | undefined;
      return [
        field.name,
        options ? { required: field.required as boolean, options } : { required: field.required as boolean },
      ];
    }),
  );
}

describe('the browser editor configuration (/admin/config.yml)', () => {
  for (const [name, schema] of Object.entries(MARKDOWN_SCHEMAS)) {
    it(`${name}: offers exactly the schema's fields, required where the schema requires them, plus the text`, () => {
      const collection = byName(name);
      expect(collection.folder).toBe(`src/content/${name}`);
      expect(collection.i18n).toBe(true);
      const fields = collection.fields as CmsField[];
      expect(fields.at(-1)).toMatchObject({ name: 'body', widget: 'markdown' });
      expect(cmsFields(fields.slice(0, -1))).toEqual(schemaFields(schema));
    });
  }

  for (const [name, { file, schema }] of Object.entries(DATA_SCHEMAS)) {
    it(`${name}: edits ${file} as a list with an id and the schema's fields`, () => {
      const data = byName('data') as unknown as { files: { name: string; file: string; fields: CmsField[] }[] };
      const entry = data.files.find((f) => f.name === name)!;
      expect(entry.file).toBe(file);
      const list = entry.fields[0]!;
      expect(list).toMatchObject({ widget: 'list', root: true });
      const [id, ...rest] = list.fields as CmsField[];
      expect(id).toMatchObject({ name: 'id', required: true });
      expect(cmsFields(rest)).toEqual(schemaFields(schema));
    });
  }

  it('edits every Markdown collection in both languages, one folder per language', () => {
    expect(config.i18n).toEqual({ structure: 'multiple_folders', locales: ['zh-cn', 'en'], default_locale: 'zh-cn' });
    expect(config.collections.map((c) => c.name).sort()).toEqual([...Object.keys(MARKDOWN_SCHEMAS), 'pages_mdx', 'data'].sort());
  });

  it('has help in both languages for every field', () => {
    for (const help of Object.values(FIELD_HELP)) {
      expect(help.label['zh-cn'] && help.label.en && help.hint['zh-cn'] && help.hint.en).toBeTruthy();
    }
  });

  it("is valid against Sveltia CMS's own JSON schema", () => {
    const schema = JSON.parse(readFileSync('node_modules/@sveltia/cms/schema/sveltia-cms.json', 'utf8'));
    const ajv = new Ajv({ strict: false, logger: false });
    const validate = ajv.compile(schema);
    expect(validate(config), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(
      validate({
        ...config,
        collections: [{ name: 'x', folder: 'x', fields: [{ name: 'a', widget: 'string', bogus: 1 }] }],
      }),
      'the schema does reject a wrong field',
    ).toBe(false);
  }, 30_000);

  it('lets staff edit search keywords on every kind of page, in each language', () => {
    for (const name of Object.keys(MARKDOWN_SCHEMAS)) {
      const field = (byName(name).fields as CmsField[]).find((f) => f.name === 'keywords');
      expect(field, `${name}: keywords`).toMatchObject({ widget: 'list', required: false, i18n: true });
      expect(String(field!.hint)).toMatch(/HK/);
    }
  });
});

describe('reading schemas as editor fields', () => {
  it('handles lists of objects, literals and cleaned-up values, and tells which fields lack help', async () => {
    const { describeFields } = await import('../../src/schemas/schema-fields');
    const { cmsField } = await import('../../src/build/cms-config');
    const schema = z.object({
      type: z.literal('node'),
      when: z.preprocess((v) => String(v), z.string()),
      parties: z.array(z.object({ name: z.string(), role: z.string().optional() })).min(2),
    });
    const [type, when, parties] = describeFields(schema);
    expect(type).toMatchObject({ kind: 'enum', options: ['node'], required: true });
    expect(when).toMatchObject({ kind: 'string', required: true });
    expect(parties).toMatchObject({ kind: 'list', item: 'object', min: 2 });
    expect(cmsField('x', parties!)).toMatchObject({
      widget: 'list',
      min: 2,
      fields: [
        { name: 'name', required: true },
        { name: 'role', required: false },
      ],
    });
  });

  it('has help for every field of every collection', async () => {
    const { describeFields } = await import('../../src/schemas/schema-fields');
    const { fieldHelp } = await import('../../src/schemas/field-help');
    const missing: string[] = [];
    const walk = (collection: string, fields: ReturnType<typeof describeFields>, prefix = '') => {
      for (const field of fields) {
        const path = `${prefix}${field.name}`;
        if (!fieldHelp(collection, path)) missing.push(`${collection}.${path}`);
        if (field.fields) walk(collection, field.fields, `${path}.`);
      }
    };
    for (const [name, schema] of Object.entries(MARKDOWN_SCHEMAS)) walk(name, describeFields(schema));
    for (const [name, { schema }] of Object.entries(DATA_SCHEMAS)) walk(name, describeFields(schema));
    expect(missing).toEqual([]);
  });
});

describe('what the browser editor writes', () => {
  it('edits .mdx pages as a collection of their own, the text as plain MDX', () => {
    const mdx = byName('pages_mdx') as unknown as { folder: string; extension: string; fields: CmsField[] };
    expect(mdx).toMatchObject({ folder: 'src/content/pages', extension: 'mdx' });
    expect(mdx.fields.at(-1)).toMatchObject({ name: 'body', widget: 'text' });
    expect(byName('pages')).toMatchObject({ extension: 'md' });
  });

  it('leaves empty optional fields out of the file', () => {
    expect(config.output).toEqual({ omit_empty_optional_fields: true });
  });
});
