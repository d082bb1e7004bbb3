/**
 * Impossible calendar dates stop the build. Astro reads YAML (frontmatter and data files) with a reader that rolls
 * `2024-13-45` over to 14 February 2025 before the schema sees it, so this wrapper reads each entry's file as
 * written and refuses a date that is not a real day, naming file, line and field, in English and Chinese (the same
 * reasons as `npm run check:content`, from src/schemas/calendar-date.ts).
 */
import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { impossibleDatesIn } from '~/schemas/calendar-date';

/** The YAML of a file: its frontmatter for Markdown (first line is file line 2), or the whole file. */
function yamlOf(text: string, filePath: string): { yaml: string; firstLine: number } {
  if (!/\.(md|mdx)$/.test(filePath)) return { yaml: text, firstLine: 1 };
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  return { yaml: match?.[1] ?? '', firstLine: 2 };
}

/** The first impossible date written in a file, as an error message; `undefined` when all are real days. */
export function impossibleDateError(filePath: string, text: string): string | undefined {
  const { yaml, firstLine } = yamlOf(text, filePath);
  const [found] = impossibleDatesIn(yaml, firstLine);
  if (!found) return undefined;
  const field = found.field ? ` (${found.field})` : '';
  return `${filePath}:${found.line}${field}: ${found.en}. Write the real day as YYYY-MM-DD.\n${filePath}:${found.line}${field}:${found.zh}。请按 YYYY-MM-DD 写出真实的日期。`;
}

/** Each file is read once per change, however many entries it holds (a data file holds many). */
const checked = new Map<string, { mtime: number; error: string | undefined }>();
function errorOf(filePath: string): string | undefined {
  const path = isAbsolute(filePath) ? filePath : join(process.cwd(), filePath);
  const mtime = statSync(path).mtimeMs;
  const known = checked.get(path);
  if (known?.mtime === mtime) return known.error;
  const error = impossibleDateError(filePath, readFileSync(path, 'utf8'));
  checked.set(path, { mtime, error });
  return error;
}

/**
 * `loader`, refusing entries whose file holds an impossible date. Only the dev server needs it: a build has passed
 * the content check (src/build/content-gate.ts), which refuses the same dates for the same reasons before Astro
 * reads any content, so a build reads each file once instead of twice.
 */
export function strictDates(loader: Loader): Loader {
  if (!import.meta.env?.DEV) return loader;
  return {
    ...loader,
    load: (context: LoaderContext) =>
      loader.load({
        ...context,
        parseData: async (props) => {
          const error = props.filePath ? errorOf(props.filePath) : undefined;
          if (error) throw new Error(error);
          return context.parseData(props);
        },
      }),
  };
}
