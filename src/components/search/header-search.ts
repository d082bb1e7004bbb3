/**
 * The header search box, upgraded in place: results show under the box as the visitor types (five at most, with a
 * link to all of them on the search page); Escape closes them, the arrow keys move through them. Imported by the
 * header's loader on the first focus of the box, so pages carry none of this until someone starts searching.
 */
import type { Locale } from '~/i18n/locales';
import { loadPagefind, nextTask, showInOrder } from '~/components/search/pagefind';
import { countText, toResultView } from '~/model/search/results';
import { fill } from '~/i18n/template';
import { stateToSearch } from '~/model/search/state';
import type { SearchStrings } from '~/model/search/strings';
import { h, resultItem } from '~/components/search/render';

const SHOWN = 5;

export function enhance(form: HTMLFormElement): void {
  if (form.dataset.enhanced) return;
  form.dataset.enhanced = 'true';
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const locale = form.dataset.locale as Locale;
  const lang = document.documentElement.lang;
  const strings: SearchStrings = {};

  const status = h('p', { role: 'status', class: 'px-3 py-2 text-sm text-slate-700' });
  const list = h('ul', { class: 'space-y-1' });
  const all = h('a', { href: form.action, class: 'block rounded-md px-3 py-2 text-sm font-medium text-brand-700 underline hover:bg-brand-50' }, strings['search.seeAll']);
  const panel = h(
    'div',
    {
      id: `${input.id}-results`,
      role: 'region',
      'aria-label': strings['search.resultsLabel'],
      class: 'absolute right-0 top-full z-50 mt-2 max-h-[70vh] w-[min(36rem,calc(100vw-2rem))] overflow-y-auto rounded-lg bg-white p-2 text-slate-900 shadow-xl ring-1 ring-slate-900/10',
      'data-search-panel': '',
    },
    status,
    list,
    all,
  );
  panel.hidden = true;
  form.append(panel);
  input.setAttribute('aria-controls', panel.id);

  // The box's strings come from /<lang>/search/strings.json, fetched now rather than carried by every page.
  const stringsReady = fetch(new URL('strings.json', form.action))
    .then((response) => (response.ok ? (response.json() as Promise<SearchStrings>) : {}))
    .then((loaded) => {
      Object.assign(strings, loaded);
      panel.setAttribute('aria-label', strings['search.resultsLabel'] ?? '');
      all.textContent = strings['search.seeAll'] ?? '';
    })
    .catch(() => {});

  const pagefind = loadPagefind();
  pagefind.catch(() => {});
  let latest = 0;

  const close = () => {
    panel.hidden = true;
  };

  async function update(): Promise<void> {
    const query = input.value.trim();
    const ticket = ++latest;
    if (!query) {
      close();
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    panel.hidden = false;
    panel.dataset.state = 'loading';
    all.hidden = true;
    await stringsReady;
    if (ticket !== latest) return;
    status.textContent = strings['search.loading'] ?? '';
    try {
      const api = await pagefind;
      // No fixed pause: the search starts once the current burst of keystrokes is over (see nextTask).
      await nextTask();
      if (ticket !== latest) return;
      const search = await api.search(query, {});
      if (ticket !== latest) return;
      let cleared = false;
      await showInOrder(
        search.results.slice(0, SHOWN),
        (item) => {
          if (!cleared) list.replaceChildren();
          cleared = true;
          list.append(resultItem(toResultView(item, locale), true));
        },
        () => ticket !== latest,
      );
      if (ticket !== latest) return;
      if (!cleared) list.replaceChildren();
      const count = search.results.length;
      status.textContent = count
        ? countText(strings, lang, count, query)
        : fill(strings['search.noResults'] ?? '', { query });
      all.href = `${form.action}${stateToSearch({ q: query, filters: {} })}`;
      all.hidden = count === 0;
      panel.dataset.state = 'done';
    } catch {
      if (ticket === latest) {
        status.textContent = strings['search.error'] ?? '';
        panel.dataset.state = 'error';
      }
    }
  }

  /** The box and the result links, in order, for the arrow keys. */
  const stops = () => [input, ...panel.querySelectorAll<HTMLAnchorElement>('a:not([hidden])')];

  input.addEventListener('input', () => void update());
  /** Shows the last results again (after Escape or a click elsewhere) when the box still holds their query. */
  const reopen = () => {
    if (panel.hidden && input.value.trim() && list.childElementCount) panel.hidden = false;
  };
  input.addEventListener('click', reopen);
  form.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && event.target === input) reopen();
    if (event.key === 'Escape' && !panel.hidden) {
      event.preventDefault();
      close();
      input.focus();
    } else if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && !panel.hidden) {
      const items = stops();
      const at = items.indexOf(document.activeElement as HTMLInputElement);
      const next = Math.min(Math.max(at + (event.key === 'ArrowDown' ? 1 : -1), 0), items.length - 1);
      event.preventDefault();
      items[next]?.focus();
    }
  });
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) close();
  });
  document.addEventListener('pointerdown', (event) => {
    if (!form.contains(event.target as Node)) close();
  });

  if (input.value.trim()) void update();
}
