/**
 * The configuration of the browser editor at /admin/ (Sveltia CMS), built from the content schemas and the field
 * help, so the editor always offers exactly the fields the build accepts. Served as /admin/config.yml.
 * Markdown collections are edited in both written languages side by side (src/content/<collection>/<lang>/<slug>.md;
 * the zh-hk edition is generated);
 * key figures and sources are single YAML files.
 */
import { DATA_SCHEMAS, MARKDOWN_SCHEMAS, type DataCollection, type MarkdownCollection } from '../schemas/collections.ts';
import { fieldHelp } from '../schemas/field-help.ts';
import { DEFAULT_LOCALE, WRITTEN_LOCALES } from '../i18n/locales.ts';
import { describeFields, type SchemaField } from '../schemas/schema-fields.ts';
import type { CmsBackend } from './cms-backend.ts';

export type CmsField = Record<string, unknown> & { name: string; widget: string };

const COLLECTION_LABELS: Record<MarkdownCollection | DataCollection, [string, string]> = {
  industries: ['产业', 'Industries'],
  policies: ['政策', 'Policies'],
  sites: ['载体', 'Sites'],
  news: ['新闻', 'News'],
  pages: ['单页', 'Pages'],
  figures: ['关键数据', 'Key figures'],
  sources: ['来源', 'Sources'],
};

const label = (zh: string, en: string) => `${zh} · ${en}`;

/**
 * Collections with `.mdx` entries (pages that use components): the editor lists them as a second collection over
 * the same folder, with the text edited as plain MDX.
 */
export const MDX_COLLECTIONS: readonly MarkdownCollection[] = ['pages'];

const MDX_BODY_HINT =
  '可以使用组件，如 <Figure id="gdp-2023" />、<Callout type="note">…</Callout>，见编辑指南。保存前请确认每个组件都已闭合。 ' +
  'Components such as <Figure id="gdp-2023" /> or <Callout type="note">…</Callout> work here (see the editor’s guide); close every component.';

/** One schema field as an editor field, with its label and hint in both languages. */
export function cmsField(collection: string, field: SchemaField, path = field.name): CmsField {
  // A field without help still gets a form field, labelled with its name (tests/unit/cms-config.test.ts flags it).
  const help = fieldHelp(collection, path) ?? {
    label: { 'zh-cn': field.name, en: field.name },
    hint: { 'zh-cn': '', en: '' },
  };
  const common: Record<string, unknown> = {
    label: label(help.label['zh-cn'], help.label.en),
    hint: `${help.hint['zh-cn']} ${help.hint.en}`,
    required: field.required,
    i18n: help.translate ? true : 'duplicate',
    // An empty list needs no default (Sveltia would show an empty item for it).
    ...(field.default === undefined || (Array.isArray(field.default) && field.default.length === 0) ? {} : { default: field.default }),
  };
  const make = (widget: string, extra: Record<string, unknown> = {}): CmsField => ({
    name: field.name,
    widget,
    ...common,
    ...extra,
  });
  const limits = (min: string, max: string) => ({
    ...(field.min !== undefined ? { [min]: field.min } : {}),
    ...(field.max !== undefined ? { [max]: field.max } : {}),
  });
  if (collection === 'news' && field.name === 'image') {
    return make('image', { media_folder: '/src/content/news/images', public_folder: '../images' });
  }
  switch (field.kind) {
    case 'string':
      // A minimum of 1 only means "not empty", which `required` already says.
      return make(help.long ? 'text' : 'string', field.min === 1 ? {} : limits('minlength', 'maxlength'));
    case 'url':
      return make('string', { type: 'url' });
    case 'date':
      return make('datetime', { type: 'date', format: 'YYYY-MM-DD' });
    case 'boolean':
      return make('boolean');
    case 'number':
      return make('number', { value_type: field.integer ? 'int' : 'float', ...limits('min', 'max') });
    case 'enum':
      return make('select', { options: [...field.options!] });
    case 'list':
      if (field.item === 'enum') return make('select', { multiple: true, options: [...field.options!], ...limits('min', 'max') });
      if (field.item === 'object') {
        const fields = field.fields!.map((sub) => cmsField(collection, sub, `${path}.${sub.name}`));
        return make('list', { fields, ...limits('min', 'max') });
      }
      return make('list', limits('min', 'max'));
    case 'object':
      return make('object', { fields: field.fields!.map((sub) => cmsField(collection, sub, `${path}.${sub.name}`)) });
  }
}

export interface CmsOptions {
  /** The GitHub repository as owner/name. */
  repo: string;
  branch?: string;
  /** The published site's address, for "view on site" links. */
  siteUrl: string;
  /** Where the editor saves (src/build/cms-backend.ts, from CMS_BACKEND …); default: GitHub, `repo` and `branch`. */
  backend?: CmsBackend;
}

export function cmsConfig({ repo, branch = 'main', siteUrl, backend }: CmsOptions) {
  const collection = (name: MarkdownCollection, extension: 'md' | 'mdx') => ({
    name: extension === 'md' ? name : `${name}_mdx`,
    label: extension === 'md' ? label(...COLLECTION_LABELS[name]) : label(`${COLLECTION_LABELS[name][0]}（含组件）`, `${COLLECTION_LABELS[name][1]} with components`),
    folder: `src/content/${name}`,
    extension,
    format: 'yaml-frontmatter',
    // The pages each have their own route: editors change them but do not add or remove them.
    create: name !== 'pages',
    delete: name !== 'pages',
    i18n: true,
    // The file name is the page address in both languages: typed in once, in lower-case English.
    slug: { editable: ['create'] },
    identifier_field: 'title',
    summary: name === 'news' ? '{{date}} · {{title}}' : '{{title}}',
    fields: [
      ...describeFields(MARKDOWN_SCHEMAS[name]).map((field) => cmsField(name, field)),
      extension === 'md'
        ? { name: 'body', label: label('正文', 'Text'), widget: 'markdown', i18n: true }
        : // Plain text, saved exactly as typed: a rich-text editor would rewrite the components' tags.
          { name: 'body', label: label('正文（MDX）', 'Text (MDX)'), widget: 'text', i18n: true, hint: MDX_BODY_HINT },
    ],
  });
  const markdown = [
    ...(Object.keys(MARKDOWN_SCHEMAS) as MarkdownCollection[]).map((name) => collection(name, 'md')),
    ...MDX_COLLECTIONS.map((name) => collection(name, 'mdx')),
  ];
  const data = {
    name: 'data',
    label: label('数据与来源', 'Figures and sources'),
    files: (Object.keys(DATA_SCHEMAS) as DataCollection[]).map((name) => ({
      name,
      label: label(...COLLECTION_LABELS[name]),
      file: DATA_SCHEMAS[name].file,
      format: 'yaml',
      fields: [
        {
          name: 'items',
          label: label(...COLLECTION_LABELS[name]),
          widget: 'list',
          root: true,
          summary: '{{fields.id}}',
          fields: [
            cmsField(name, { name: 'id', kind: 'string', required: true }),
            ...describeFields(DATA_SCHEMAS[name].schema).map((field) => cmsField(name, field)),
          ],
        },
      ],
    })),
  };
  return {
    backend: backend ?? { name: 'github', repo, branch },
    site_url: siteUrl,
    display_url: siteUrl,
    media_folder: 'public/images',
    public_folder: '/images',
    slug: { encoding: 'ascii', clean_accents: true },
    // An optional field left empty is left out of the file, as the schemas expect (not written as `''` or `[]`).
    output: { omit_empty_optional_fields: true },
    // Only the editions staff write: the zh-hk edition is generated from zh-cn, so the editor never asks for it
    // (an override file is written outside the editor; see docs/editing.en.md).
    i18n: { structure: 'multiple_folders', locales: [...WRITTEN_LOCALES], default_locale: DEFAULT_LOCALE },
    collections: [...markdown, data],
  };
}
