// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinksPlugin } from './src/build/markdown-base-links.ts';
import { siteRoot, sitemapLinks } from './src/build/sitemap-links.ts';
import { DEFAULT_LOCALE, LOCALE_KEYS } from './src/i18n/locales.ts';
import { INLINE_SCRIPT_HASHES } from './src/build/inline-scripts.ts';
import { CSP_DIRECTIVES, CSP_SCRIPT_RESOURCES, CSP_STYLE_RESOURCES } from './src/build/security.ts';
import { securityHeaders } from './src/build/security-headers.ts';
import { sveltiaStatic } from './src/build/sveltia-static.ts';
import { contentGate } from './src/build/content-gate.ts';
import { releaseMemory } from './src/build/release-memory.ts';
import { siteOrigin } from './src/site/origin.ts';

/**
 * SITE is the canonical origin (https://invest.example.org); BASE is the sub-path the site is served from
 * (`/` at a domain root, `/changping/` on GitHub Pages). Both come from the environment so one build config
 * serves every host; see docs/deploy.md.
 */
const site = siteOrigin();
const base = process.env.BASE ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // 32 pages in flight at once: the pages are rendered while earlier ones are written, and `npm run build` gives
  // Node one I/O thread (scripts/build.ts), which writes them one after another. On two cores that is about 15 %
  // faster than four pages and four threads (docs/performance.md).
  build: { format: 'directory', concurrency: 32 },
  i18n: {
    locales: [...LOCALE_KEYS],
    defaultLocale: DEFAULT_LOCALE,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [
    // The content check first: it stops a build on errors, and shows problems in the dev preview.
    contentGate(),
    mdx(),
    securityHeaders(),
    // The staff editor's code as Sveltia CMS publishes it, copied, not rebuilt (src/build/sveltia-static.ts).
    sveltiaStatic(),
    // One full garbage collection between bundling and rendering (src/build/release-memory.ts).
    releaseMemory(),
    sitemap({
      // hreflang alternates (xhtml:link) for every page, the same as each page's <head>: both languages and the
      // x-default chooser. The integration's own `i18n` option assumes an unprefixed default language.
      serialize: (item) => ({ ...item, links: sitemapLinks(item.url, siteRoot(site, base)) }),
      // The 404 page and the staff editor at /admin/ are not pages for search engines.
      filter: (page) => !page.includes('/404') && !new URL(page).pathname.endsWith('/admin/'),
    }),
  ],
  // Content-Security-Policy as a <meta> on every page: Astro hashes the scripts and styles it emits (inline ones
  // included); src/build/security.ts holds the rest of the policy, and securityHeaders() writes the same policy,
  // plus what only a header can say (frame-ancestors), to dist/_headers. See docs/deploy.md.
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: CSP_SCRIPT_RESOURCES, hashes: INLINE_SCRIPT_HASHES },
      styleDirective: { resources: CSP_STYLE_RESOURCES },
    },
  },
  markdown: { processor: satteri({ hastPlugins: [baseLinksPlugin(base)] }) },
  // Bundled scripts stay files (never inlined): 'self' then covers them, and the CSP <meta> on every page carries
  // no hash per script. The two is:inline scripts are hashed in src/build/inline-scripts.ts.
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0 } },
});
