/**
 * A Vite plugin for the bundled Sveltia CMS (/admin/): its stylesheet declares its fonts twice, once from the
 * jsDelivr CDN and once from the files bundled with the npm package. This drops the CDN declarations, so the
 * editor loads its fonts from the site itself and makes no request the site's Content-Security-Policy forbids.
 */
import type { Plugin } from 'vite';

const CDN_FONT_FACE = /@font-face\s*\{[^{}]*https:\/\/cdn\.jsdelivr\.net\/fontsource\/[^{}]*\}/g;

export function stripCdnFontFaces(code: string): string {
  return code.replace(CDN_FONT_FACE, '');
}

export function sveltiaWithoutCdn(): Plugin {
  return {
    name: 'sveltia-without-cdn',
    enforce: 'pre',
    transform(code, id) {
      if (!/@sveltia[\\/]cms[\\/]/.test(id) || !code.includes('cdn.jsdelivr.net/fontsource')) return null;
      return { code: stripCdnFontFaces(code), map: null };
    },
  };
}
