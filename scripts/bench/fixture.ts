/**
 * The benchmark's temporary projects: a copy of this project with a synthetic news archive added, and a bare
 * Astro project with the same news and a minimal layout (the baseline). Both live under one temporary directory;
 * the real project's files, src/content included, are only ever read.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { BENCH_LANGS, type SyntheticItem } from './synthetic.ts';
import { GENERATED_LOCALES, generatedFrom, LOCALE_KEYS, LOCALES } from '../../src/i18n/locales.ts';
import { convertText } from '../../src/i18n/convert/convert.ts';
import { relocateLinks } from '../../src/i18n/convert/data.ts';
import { NEWS_PAGE_SIZE } from '../../src/model/news/news.ts';

/** Top-level entries of the project that are not copied: installed or generated. */
const SKIP = new Set(['node_modules', '.git', '.astro', 'dist', 'test-results', 'playwright-report', 'bench-results', '.cache']);
/** Caches inside node_modules that each copy must have of its own (Astro keeps its content store there). */
const PRIVATE_CACHES = new Set(['.astro', '.vite', '.cache']);

/**
 * Gives `target` a node_modules of its own whose entries link to the project's packages. Linking entry by entry
 * (rather than the folder) keeps Astro's cache in node_modules/.astro private to the copy, so a benchmark never
 * reads or writes the content cache of the real project or of another worktree.
 */
export function linkNodeModules(project: string, target: string): void {
  const source = realpathSync(join(project, 'node_modules'));
  const modules = join(target, 'node_modules');
  mkdirSync(modules, { recursive: true });
  for (const name of readdirSync(source)) {
    if (!PRIVATE_CACHES.has(name)) symlinkSync(join(source, name), join(modules, name));
  }
}

/** Copies the project (sources and config, not installed or built files) to `target`. */
export function copyProject(project: string, target: string): void {
  cpSync(project, target, {
    recursive: true,
    filter: (path) => {
      const relative = path.slice(project.length).replace(/^\/+/, '');
      const top = relative.split('/')[0]!;
      return !SKIP.has(top) && !/^dist-/.test(top);
    },
  });
  linkNodeModules(project, target);
}

/** The id of the first source in a sources.yaml: synthetic items cite a source that exists. */
export function firstSourceId(sourcesYaml: string): string {
  const match = /^-\s+id:\s*["']?([a-z0-9-]+)/m.exec(sourcesYaml);
  if (!match) throw new Error('no source id found in sources.yaml');
  return match[1]!;
}

/** Writes the items as src/content/news/<lang>/<slug>.md under `root`; returns the number of files written. */
export function writeItems(root: string, items: readonly SyntheticItem[]): number {
  let files = 0;
  for (const lang of BENCH_LANGS) {
    const dir = join(root, 'src/content/news', lang);
    mkdirSync(dir, { recursive: true });
    for (const item of items) {
      const file = join(dir, `${item.slug}.md`);
      if (existsSync(file)) throw new Error(`refusing to overwrite ${file}`);
      writeFileSync(file, item.files[lang]);
      files++;
    }
  }
  return files;
}

/**
 * The steps of the project's `npm run build`, split at `&&`, so the benchmark times exactly what a production
 * build runs (today `astro build` and `node scripts/pagefind.ts`).
 */
export function buildSteps(packageJson: string): string[] {
  const script = (JSON.parse(packageJson) as { scripts?: Record<string, string> }).scripts?.build;
  if (!script) throw new Error('package.json has no build script');
  return script.split('&&').map((step) => step.trim()).filter(Boolean);
}

/** The bare project's build: Astro, then Pagefind's own CLI over its output, so both sides include indexing. */
export const BASELINE_STEPS = ['astro build', 'pagefind --site dist'];

/** The baseline pages' shared opening: doctype, language and a title from the expression `title`. */
const pageHead = (title: string) => `<!doctype html>
<html lang={HTML_LANG[lang]}>
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>{${title}}</title>
  </head>`;

const BASELINE_FILES: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'bench-baseline', private: true, type: 'module' }, null, 2),
  'tsconfig.json': JSON.stringify({ extends: 'astro/tsconfigs/base' }),
  'astro.config.mjs': `import { defineConfig } from 'astro/config';

// The baseline: Astro with its defaults (Sätteri Markdown), no integrations; Pagefind runs after the build.
export default defineConfig({
  site: 'https://bench-baseline.example.org',
  trailingSlash: 'always',
  build: { format: 'directory' },
});
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

// A permissive schema: title and date, anything else passes through.
const news = defineCollection({
  loader: glob({ pattern: '*/**/[^_]*.{md,mdx}', base: './src/content/news' }),
  schema: z.looseObject({ title: z.string(), date: z.coerce.date() }),
});

export const collections = { news };
`,
  'src/pages/[lang]/news/[slug].astro': `---
import { getCollection, render } from 'astro:content';
import { HTML_LANG } from '../../../lib/news';

export async function getStaticPaths() {
  const entries = await getCollection('news');
  return entries.map((entry) => {
    const [lang, ...slug] = entry.id.split('/');
    return { params: { lang, slug: slug.join('/') }, props: { entry, lang } };
  });
}

const { entry, lang } = Astro.props;
const { Content } = await render(entry);
---
${pageHead('entry.data.title')}
  <body>
    <main data-pagefind-body>
      <h1>{entry.data.title}</h1>
      <time datetime={entry.data.date.toISOString().slice(0, 10)}>{entry.data.date.toISOString().slice(0, 10)}</time>
      <Content />
    </main>
  </body>
</html>
`,
  // The other pages the site makes from the news: the list, NEWS_PAGE_SIZE items a page, and one page per tag.
  'src/lib/news.ts': `import { getCollection } from 'astro:content';

export const HTML_LANG: Record<string, string> = ${JSON.stringify(Object.fromEntries(LOCALE_KEYS.map((key) => [key, LOCALES[key].lang])))};

/** One language's news, newest first. */
export async function newsOf(lang: string) {
  const entries = await getCollection('news', (entry) => entry.id.startsWith(lang + '/'));
  return entries.sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id));
}

export const LANGS: string[] = ${JSON.stringify([...LOCALE_KEYS])};
`,
  'src/components/List.astro': `---
const { title, lang, entries } = Astro.props;
import { HTML_LANG } from '../lib/news';
---
${pageHead('title')}
  <body>
    <main>
      <h1>{title}</h1>
      <ul>
        {entries.map((entry) => (
          <li><a href={\`/\${entry.id}/\`.replace(/^\\/([^/]+)\\//, '/$1/news/')}>{entry.data.title}</a> <time>{entry.data.date.toISOString().slice(0, 10)}</time></li>
        ))}
      </ul>
      <slot />
    </main>
  </body>
</html>
`,
  'src/pages/[lang]/news/[...page].astro': `---
import List from '../../../components/List.astro';
import { LANGS, newsOf } from '../../../lib/news';

export async function getStaticPaths({ paginate }) {
  const paths = [];
  for (const lang of LANGS) paths.push(...paginate(await newsOf(lang), { params: { lang }, pageSize: ${NEWS_PAGE_SIZE} }));
  return paths;
}

const { page } = Astro.props;
---
<List title={\`News \${page.currentPage} / \${page.lastPage}\`} lang={Astro.params.lang} entries={page.data}>
  {page.url.prev && <a href={page.url.prev}>Newer</a>} {page.url.next && <a href={page.url.next}>Older</a>}
</List>
`,
  'src/pages/[lang]/news/tags/[tag].astro': `---
import List from '../../../../components/List.astro';
import { LANGS, newsOf } from '../../../../lib/news';

export async function getStaticPaths() {
  const paths = [];
  for (const lang of LANGS) {
    const entries = await newsOf(lang);
    const tags = [...new Set(entries.flatMap((entry) => entry.data.tags ?? []))];
    for (const tag of tags) paths.push({ params: { lang, tag }, props: { entries: entries.filter((entry) => entry.data.tags?.includes(tag)) } });
  }
  return paths;
}

const { entries } = Astro.props;
---
<List title={Astro.params.tag} lang={Astro.params.lang} entries={entries} />
`,
};

/**
 * Creates the baseline at `target`: a bare Astro project with the pages the site makes from the news (each article
 * at /<lang>/news/<slug>/, the list at /<lang>/news/, /<lang>/news/2/, … and a page per tag), over a copy of
 * `newsDir` (the fixture's news: the real items and the synthetic ones).
 */
export function createBaseline(project: string, target: string, newsDir: string): void {
  for (const [file, text] of Object.entries(BASELINE_FILES)) {
    mkdirSync(join(target, file, '..'), { recursive: true });
    writeFileSync(join(target, file), text);
  }
  cpSync(newsDir, join(target, 'src/content', basename(newsDir)), { recursive: true });
  writeGeneratedEditions(join(target, 'src/content', basename(newsDir)));
  linkNodeModules(project, target);
}

/**
 * The baseline has no conversion of its own: the generated editions' files (zh-hk) are written here, before it is
 * timed, converted from their source edition's files as the project's build converts them, so both builds make
 * the same pages. A file already there (an override) is kept.
 */
export function writeGeneratedEditions(collectionDir: string): number {
  let files = 0;
  for (const locale of GENERATED_LOCALES) {
    const from = generatedFrom(locale);
    if (!from || !existsSync(join(collectionDir, from))) continue;
    mkdirSync(join(collectionDir, locale), { recursive: true });
    for (const name of readdirSync(join(collectionDir, from))) {
      const file = join(collectionDir, locale, name);
      if (!/\.mdx?$/.test(name) || existsSync(file)) continue;
      const text = readFileSync(join(collectionDir, from, name), 'utf8');
      writeFileSync(file, relocateLinks(convertText(text, locale), from, locale));
      files++;
    }
  }
  return files;
}

/** Reads the project's package.json (for its build steps). */
export function readPackageJson(project: string): string {
  return readFileSync(join(project, 'package.json'), 'utf8');
}
