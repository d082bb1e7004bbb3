/**
 * The content loader of the Markdown collections: Astro's `glob()` for the files staff write, plus the generated
 * editions (src/i18n/locales.ts, `generated`). For every entry of the source edition (`zh-cn/<slug>`) it adds
 * `zh-hk/<slug>`: the frontmatter's text and the Markdown body converted by OpenCC and the phrase table
 * (src/i18n/convert/), links to the source edition's pages pointed at the generated edition's, rendered by the
 * same Markdown pipeline; an MDX entry renders a converted copy of its file (./generated-mdx.ts), so its
 * components work as in the source edition. A file staff write at `<collection>/zh-hk/<slug>.md` replaces the generated entry.
 *
 * In `astro dev`, editing, adding or deleting a source file or an override updates the generated entry too.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { GENERATED_LOCALES, generatedFrom, type Locale } from '~/i18n/locales';
import { converterFor } from '~/i18n/convert/convert';
import { convertData, relocateLinks } from '~/i18n/convert/data';
import { PHRASES } from '~/i18n/convert/phrases';
import { writeGeneratedMdx } from './generated-mdx';

type Store = LoaderContext['store'];
type Entry = NonNullable<ReturnType<Store['get']>>;

export function editionsGlob(options: { pattern: string; base: string }): Loader {
  const inner = glob(options);
  return {
    name: 'editions-glob',
    load: async (context) => {
      const { store } = context;
      const derived = new Set<string>();
      // Generated entries of the last run (Astro keeps the store between builds): reused when unchanged.
      const previous = new Map<string, Entry>();
      for (const entry of store.values()) {
        if (String(entry.digest).startsWith('generated:')) {
          previous.set(entry.id, entry);
          store.delete(entry.id);
        }
      }
      let ready = false;
      const render = renderer(context);

      async function derive(source: Entry, locale: Locale, from: Locale): Promise<void> {
        const id = `${locale}/${source.id.slice(from.length + 1)}`;
        const existing = store.get(id);
        if (existing && !derived.has(id)) return; // an override staff wrote
        const digest = `generated:${context.generateDigest({ source: source.digest ?? '', locale, phrases: PHRASES })}`;
        const cached = previous.get(id);
        // A cached MDX entry is made again all the same: its converted copy is a file that may be gone.
        if (cached?.digest === digest && !cached.deferredRender) {
          store.set(cached);
        } else {
          const convert = converterFor(locale);
          const body = relocateLinks(convert(source.body ?? ''), from, locale);
          const data = convertData(source.data, convert, { from, to: locale });
          if (source.deferredRender && source.filePath?.endsWith('.mdx')) {
            // MDX is compiled from a file: the entry renders a converted copy (src/build/generated-mdx.ts).
            const filePath = writeGeneratedMdx({
              root: context.config.root,
              collection: context.collection,
              id,
              sourcePath: source.filePath,
              convert,
              editions: { from, to: locale },
            });
            store.set({ id, data, body, filePath, digest, deferredRender: true });
          } else {
            const rendered = await render({ id, data, body, filePath: source.filePath, digest });
            store.set({ id, data, body, filePath: source.filePath, digest, rendered, assetImports: rendered?.metadata?.imagePaths });
          }
        }
        derived.add(id);
      }

      async function deriveAll(sourceId: string): Promise<void> {
        const source = store.get(sourceId);
        if (!source) return;
        for (const locale of GENERATED_LOCALES) {
          const from = generatedFrom(locale);
          if (from && sourceId.startsWith(`${from}/`)) await derive(source, locale, from);
        }
      }

      function forget(sourceId: string): void {
        for (const locale of GENERATED_LOCALES) {
          const from = generatedFrom(locale);
          if (!from || !sourceId.startsWith(`${from}/`)) continue;
          const id = `${locale}/${sourceId.slice(from.length + 1)}`;
          if (derived.delete(id)) store.delete(id);
        }
      }

      // glob() sees the store through this view: generated entries are hidden from it (so an override is not
      // taken for a duplicate slug), and each change it makes after the first load updates the generated ones.
      const view = new Proxy(store, {
        get(target, key, receiver) {
          if (key === 'get') return (id: string) => (derived.has(id) ? undefined : target.get(id));
          if (key === 'set') {
            return (entry: Entry) => {
              derived.delete(entry.id);
              const result = target.set(entry);
              if (ready) void deriveAll(entry.id).catch((error) => context.logger.error(String(error)));
              return result;
            };
          }
          if (key === 'delete') {
            return (id: string) => {
              if (derived.has(id)) return;
              target.delete(id);
              if (!ready) return;
              forget(id);
              const source = sourceOf(id);
              if (source) void deriveAll(source).catch((error) => context.logger.error(String(error)));
            };
          }
          const value = Reflect.get(target, key, receiver);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      await inner.load({ ...context, store: view });
      for (const entry of [...store.values()]) if (!derived.has(entry.id)) await deriveAll(entry.id);
      ready = true;
    },
  };
}

/** The source entry an id of a generated edition is made from (`zh-hk/x` → `zh-cn/x`), if it is one. */
function sourceOf(id: string): string | undefined {
  for (const locale of GENERATED_LOCALES) {
    const from = generatedFrom(locale);
    if (from && id.startsWith(`${locale}/`)) return `${from}/${id.slice(locale.length + 1)}`;
  }
  return undefined;
}

/** Markdown rendering as glob() does it: the project's Markdown pipeline (the `.md` entry type). */
function renderer(context: LoaderContext) {
  const entryTypes = (context as LoaderContext & { entryTypes: Map<string, any> }).entryTypes;
  let render: Promise<((input: Record<string, unknown>) => Promise<Entry['rendered']>) | undefined> | undefined;
  return async (input: { id: string; data: unknown; body: string; filePath?: string; digest: string }) => {
    render ??= entryTypes.get('.md')?.getRenderFunction?.(context.config);
    const fn = await render;
    if (!fn) return context.renderMarkdown(input.body);
    const filePath = input.filePath ? new URL(input.filePath, context.config.root).pathname : undefined;
    return fn({ ...input, filePath });
  };
}
