/**
 * The header search box's code, as one self-contained classic script. The header's loader imports this file with
 * Vite's `?worker&url`, which bundles it on its own (everything inlined, as for a worker) and gives its URL; the
 * loader then adds it as an ordinary <script> on first focus. It runs on the page, not in a worker. This keeps the
 * loader inline and a few hundred bytes: a dynamic import() would bring Vite's 1.7 kB preload helper to every page.
 */
import { enhance } from '~/components/search/header-search';

const form = document.querySelector<HTMLFormElement>('[data-header-search]');
if (form) enhance(form);
