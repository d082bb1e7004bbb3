/**
 * The staff editor's code (/admin/) as files: the ready-built Sveltia CMS that its npm package ships
 * (`dist/sveltia-cms.mjs` and the chunk it loads beside it), copied to `BASE/admin/sveltia-<version>/`, instead of
 * Vite rebuilding the package on every build (about 5 s and some 300 files, for a page only staff open).
 *
 * That build reaches for two CDNs, which the site's policy forbids and mainland networks may not reach:
 * - its three fonts on jsDelivr: rewritten to copies of the same files from the package (`npm/assets/`); a CDN font
 *   without a local copy stops the build, so a Sveltia update cannot bring one back silently;
 * - unpkg.com, for its interface languages (the Chinese editor), Immutable.js (the save hook's entry objects), the
 *   paste-as-Markdown converter, image tools and maps: rewritten to `unpkg/` in the editor's folder, filled from the
 *   packages installed with Sveltia (`mirrorFiles`). What is not installed (HEIC and WebP encoders, code-highlighting
 *   grammars) is not offered: those requests stay on the site and fail there, never leaving it.
 * Source maps are left out (8 MB nobody needs on the server).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** One file to publish: its path under the output folder and its bytes. */
export interface StaticFile {
  path: string;
  contents: Buffer;
}

const CDN_FONT = /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(?::vf)?@[\d.]+\/([a-z0-9-]+)\.woff2/g;
const SOURCE_MAP = /\n\/\/# sourceMappingURL=\S+\s*$/;

/** The package's folder (its `exports` hide package.json, so go through its entry file, npm/index.js). */
export function sveltiaPackageDir(): string {
  return dirname(dirname(createRequire(import.meta.url).resolve('@sveltia/cms')));
}

/** The folder, under the site's base, that holds the editor's files: one per Sveltia version, so it can be cached. */
export function sveltiaFolder(packageDir = sveltiaPackageDir()): string {
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string };
  return `admin/sveltia-${version}`;
}

/**
 * Rewrites each CDN font address in `code` to `fonts/<file>` in the editor's folder, relative to the /admin/ page
 * (the fonts are declared in a stylesheet the editor adds to that page). `assets` lists the package's font files.
 */
export function localFonts(code: string, assets: string[], folder: string): { code: string; fonts: Map<string, string> } {
  const fonts = new Map<string, string>();
  const rewritten = code.replace(CDN_FONT, (url, family: string, file: string) => {
    const local = assets.find((name) => name.startsWith(`${family}-${file}-`) && name.endsWith('.woff2'));
    if (!local) {
      throw new Error(
        `Sveltia CMS asks for a font from a CDN that its package has no copy of: ${url}. Update src/build/sveltia-static.ts. ` +
          `Sveltia CMS 要从 CDN 加载字体，但软件包里没有这个字体文件：${url}。请更新 src/build/sveltia-static.ts。`,
      );
    }
    fonts.set(local, `${family}-${file}.woff2`);
    return `${folder.replace(/^admin\//, '')}/fonts/${family}-${file}.woff2`;
  });
  return { code: rewritten, fonts };
}

const UNPKG = 'https://unpkg.com/';

/**
 * The files the editor loads from unpkg.com (`<package>@<version>/<path>`, as its code spells them), found in its
 * code, with where each one is installed; those not installed are left out.
 */
export function mirrorFiles(code: string, packageDir: string): { url: string; file: string }[] {
  const modules = join(packageDir, '..', '..');
  const version = (name: string) => new RegExp(`(?:"${name}"|${name}):\`\\D?([\\d.]+)\``).exec(code)?.[1];
  const own = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string };
  const wanted: { url: string; file: string }[] = [];
  for (const [, name, path] of code.matchAll(/XW\(`([^`]+)`,`([^`]+)`\)/g)) {
    const at = version(name!);
    const file = [join(packageDir, 'node_modules', name!, path!.split('?')[0]!), join(modules, name!, path!.split('?')[0]!)].find(existsSync);
    if (file) wanted.push({ url: `${name}${at ? `@${at}` : ''}/${path!.split('?')[0]}`, file });
  }
  const leafletAt = version('leaflet');
  const marker = join(modules, 'leaflet', 'dist', 'images', 'marker-icon-2x.png');
  if (existsSync(marker)) wanted.push({ url: `leaflet${leafletAt ? `@${leafletAt}` : ''}/dist/images/marker-icon-2x.png`, file: marker });
  for (const locale of readdirSync(join(packageDir, 'locales'))) {
    wanted.push({ url: `@sveltia/cms@${own.version}/locales/${locale}`, file: join(packageDir, 'locales', locale) });
  }
  wanted.push({ url: '@sveltia/cms/package.json', file: join(packageDir, 'package.json') });
  return wanted;
}

let cached: StaticFile[] | undefined;

/** Every file of the editor, with paths under the output folder (`admin/sveltia-<version>/…`). */
export function sveltiaFiles(base = '/', packageDir = sveltiaPackageDir()): StaticFile[] {
  if (cached) return cached;
  const folder = sveltiaFolder(packageDir);
  const dist = join(packageDir, 'dist');
  const assetsDir = join(packageDir, 'npm', 'assets');
  const assets = readdirSync(assetsDir);
  const script = (name: string) => readFileSync(join(dist, name), 'utf8').replace(SOURCE_MAP, '\n');
  const original = script('sveltia-cms.mjs');
  const { code, fonts } = localFonts(original, assets, folder);
  // Imports resolve against the script, fetches against the page: an address from the site's root serves both.
  const files: StaticFile[] = [{ path: `${folder}/sveltia-cms.mjs`, contents: Buffer.from(code.replaceAll(UNPKG, `${base}${folder}/unpkg/`)) }];
  for (const { url, file } of mirrorFiles(original, packageDir)) files.push({ path: `${folder}/unpkg/${url}`, contents: readFileSync(file) });
  for (const chunk of readdirSync(join(dist, 'chunks')).filter((name) => name.endsWith('.js'))) {
    files.push({ path: `${folder}/chunks/${chunk}`, contents: Buffer.from(script(join('chunks', chunk))) });
  }
  for (const [asset, name] of fonts) {
    files.push({ path: `${folder}/fonts/${name}`, contents: readFileSync(join(assetsDir, asset)) });
    const licence = join(assetsDir, `${name.split('-latin')[0]}.LICENSE.txt`);
    if (existsSync(licence)) files.push({ path: `${folder}/fonts/${name.split('-latin')[0]}.LICENSE.txt`, contents: readFileSync(licence) });
  }
  cached = files;
  return files;
}

const TYPES: Record<string, string> = {
  mjs: 'text/javascript',
  js: 'text/javascript',
  json: 'application/json',
  png: 'image/png',
  woff2: 'font/woff2',
  txt: 'text/plain',
};

/** Publishes the editor's files with the build, and serves them under `astro dev`. */
export function sveltiaStatic(): AstroIntegration {
  let base = '/';
  return {
    name: 'sveltia-static',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const path = decodeURIComponent((req.url ?? '').split('?')[0]!);
          const file = path.startsWith(base) && sveltiaFiles(base).find((f) => `${base}${f.path}` === path);
          if (!file) return next();
          res.setHeader('content-type', TYPES[file.path.split('.').pop()!] ?? 'application/octet-stream');
          res.end(file.contents);
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        for (const file of sveltiaFiles(base)) {
          mkdirSync(dirname(join(out, file.path)), { recursive: true });
          writeFileSync(join(out, file.path), file.contents);
        }
        logger.info(`editor: ${sveltiaFolder()}/ (Sveltia CMS as published, fonts from the package)`);
      },
    },
  };
}
