// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinksPlugin } from './src/utils/markdown-base-links.ts';
import { siteRoot, sitemapLinks } from './src/utils/sitemap-links.ts';
import { DEFAULT_LOCALE, LOCALE_KEYS } from './src/i18n/locales.ts';

/**
 * SITE is the canonical origin (https://invest.example.org); BASE is the sub-path the site is served from
 * (`/` at a domain root, `/changping/` on GitHub Pages). Both come from the environment so one build config
 * serves every host; see docs/deploy.md.
 */
const site = process.env.SITE ?? 'https://invest-changping.example.org';
const base = process.env.BASE ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  i18n: {
    locales: [...LOCALE_KEYS],
    defaultLocale: DEFAULT_LOCALE,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [
    mdx(),
    sitemap({
      // hreflang alternates (xhtml:link) for every page, the same as each page's <head>: both languages and the
      // x-default chooser. The integration's own `i18n` option assumes an unprefixed default language.
      serialize: (item) => ({ ...item, links: sitemapLinks(item.url, siteRoot(site, base)) }),
      filter: (page) => !page.includes('/404'),
    }),
  ],
  markdown: { processor: satteri({ hastPlugins: [baseLinksPlugin(base)] }) },
  vite: { plugins: [tailwindcss()] },
});
