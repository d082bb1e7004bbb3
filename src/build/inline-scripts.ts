/**
 * The site's only inline scripts, kept here as fixed text so the Content-Security-Policy can allow exactly them by
 * their hashes (astro.config.mjs adds `INLINE_SCRIPT_HASHES` to script-src). Each reads its data from attributes
 * on its own <script> element, never from define:vars, so the text, and therefore the hash, never changes.
 */
import { createHash } from 'node:crypto';
import { LOCALE_KEYS, LOCALES, type Locale } from '../i18n/locales.ts';

/**
 * On `/` (the language chooser): goes on to the language chosen before, or the browser's, before first paint, so
 * visitors with JavaScript never see the chooser. Reads `data-targets` (JSON: locale → URL), `data-browser`
 * (JSON: [tag prefix, locale] pairs, longest prefix first: `browserMatches()`) and `data-fallback`.
 */
export const CHOOSE_LOCALE_SCRIPT = `try {
  var data = document.currentScript.dataset;
  var targets = JSON.parse(data.targets);
  var matches = JSON.parse(data.browser);
  var saved = localStorage.getItem('locale');
  var wanted = saved && targets[saved] ? saved : null;
  if (!wanted) {
    var langs = navigator.languages || [navigator.language || ''];
    for (var i = 0; i < langs.length && !wanted; i++) {
      var tag = String(langs[i]).toLowerCase();
      for (var j = 0; j < matches.length && !wanted; j++) if (tag.indexOf(matches[j][0]) === 0) wanted = matches[j][1];
    }
  }
  location.replace(targets[wanted || data.fallback]);
} catch (e) {}`;

/** Every edition's browser-language prefixes (src/i18n/locales.ts) as [prefix, locale], the longest first. */
export function browserMatches(): [string, Locale][] {
  return LOCALE_KEYS.flatMap((locale) => LOCALES[locale].browser.map((prefix): [string, Locale] => [prefix, locale])).sort(
    (a, b) => b[0].length - a[0].length,
  );
}

/** On every page: remembers the visitor's language (`data-locale`) for the chooser at `/`. A few bytes, no request. */
export const REMEMBER_LOCALE_SCRIPT = `try { localStorage.setItem('locale', document.currentScript.dataset.locale); } catch (e) {}`;

/** `sha256-…` of a script's text, as a CSP source. */
export function scriptHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

export const INLINE_SCRIPT_HASHES = [CHOOSE_LOCALE_SCRIPT, REMEMBER_LOCALE_SCRIPT].map(scriptHash);
