/**
 * In the dev preview only, a broken entry is left out instead of stopping the whole site: the wrapped loader
 * skips an entry whose frontmatter cannot be read or fails its schema (and drops the last good version of it), so
 * every other page still renders and the dev server shows the content check's message in its place
 * (src/build/dev-problems.ts). Builds use the loaders unchanged: the content check stops them first.
 */
import type { Loader, LoaderContext } from 'astro/loaders';

type EntryType = { getEntryInfo: (args: { contents: string; fileUrl: URL }) => Promise<Record<string, unknown>> };

export function tolerantInDev(loader: Loader): Loader {
  if (!import.meta.env?.DEV) return loader;
  return {
    ...loader,
    load: (context: LoaderContext) => {
      // The data returned for entries that failed, by identity: two reloads of one file can overlap (the watcher
      // reports a save twice), so a list of failed ids would let one reload's verdict land on the other's entry.
      const failed = new WeakSet<object>();
      const entryTypes = new Map(
        [...(context as unknown as { entryTypes: Map<string, EntryType> }).entryTypes].map(([ext, type]) => [
          ext,
          {
            ...type,
            // Unreadable frontmatter becomes empty data, which the schema then rejects (and the entry is skipped).
            getEntryInfo: (args: { contents: string; fileUrl: URL }) =>
              type.getEntryInfo(args).catch(() => ({ data: {}, body: '', slug: '', rawData: '' })),
          },
        ]),
      );
      const parseData: LoaderContext['parseData'] = async (props) => {
        try {
          return await context.parseData(props);
        } catch {
          const data = { ...props.data };
          failed.add(data);
          return data;
        }
      };
      const store = new Proxy(context.store, {
        get(target, key) {
          if (key === 'set') {
            return (entry: { id: string; data: object }) => {
              if (!failed.has(entry.data)) return target.set(entry as Parameters<typeof target.set>[0]);
              target.delete(entry.id);
              return false;
            };
          }
          const value = Reflect.get(target, key, target);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      return loader.load({ ...context, parseData, store, entryTypes } as LoaderContext);
    },
  };
}
