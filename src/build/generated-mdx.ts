/**
 * The generated edition of an MDX entry (zh-hk from zh-cn). MDX is compiled from its file, so a converted copy is
 * written to `.astro/editions/<collection>/<locale>/<slug>.mdx` and the generated entry renders that file: the
 * same components with the same props, fed the converted text. Conversion touches only Han characters, so
 * component names, ids, expressions and imports pass through unchanged; Chinese text in a prop (a chart's
 * `title="…"`) is converted like the prose around it. Relative imports are made absolute, as the copy lives in
 * another folder. Links to the source edition's pages point at the generated edition's.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Convert } from '~/i18n/convert/convert';
import { relocateLinks } from '~/i18n/convert/data';

/** Where the generated copies live, under the project root (ignored by git with the rest of `.astro/`). */
export const GENERATED_MDX_DIR = '.astro/editions';

/** Relative module specifiers of `import … from './x'` (and bare `import './x'`) lines. */
const RELATIVE_IMPORT = /^(import\s(?:[^'"]*?\sfrom\s*)?)(['"])(\.{1,2}\/[^'"]+)\2/gm;

/** The converted MDX text: Han text converted, links relocated, relative imports resolved against `sourceDir`. */
export function convertMdx(text: string, convert: Convert, editions: { from: string; to: string }, sourceDir: string): string {
  const converted = relocateLinks(convert(text), editions.from, editions.to);
  return converted.replace(RELATIVE_IMPORT, (_, head: string, quote: string, spec: string) => `${head}${quote}${resolve(sourceDir, spec)}${quote}`);
}

/**
 * Writes the generated copy of the MDX file `sourcePath` (relative to `root`) for the entry `collection/id`, and
 * returns the copy's path relative to `root` (what the entry's `filePath` becomes).
 */
export function writeGeneratedMdx(options: {
  root: URL;
  collection: string;
  id: string;
  sourcePath: string;
  convert: Convert;
  editions: { from: string; to: string };
}): string {
  const root = fileURLToPath(options.root);
  const source = resolve(root, options.sourcePath);
  const target = resolve(root, GENERATED_MDX_DIR, options.collection, `${options.id}.mdx`);
  const text = convertMdx(readFileSync(source, 'utf8'), options.convert, options.editions, dirname(source));
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
  return relative(root, target);
}
