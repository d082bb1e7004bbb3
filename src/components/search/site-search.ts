/**
 * <site-search>: the search page. Reads the search from the URL (`?q=…&section=…`), keeps the URL in step as the
 * visitor types (replaced) or picks a filter (pushed, so Back undoes it), and restores it on Back/Forward. Results
 * load ten at a time; the count is announced through the status line. `data-state` (idle, loading, done, error)
 * says where it stands, for styling and tests. Browser-only.
 */
import type { Locale } from '~/i18n/locales';
import { SUB_FILTER_KEYS } from '~/site/search-filters';
import { loadPagefind, nextTask, showInOrder, type PagefindApi, type PagefindSearch } from '~/components/search/pagefind';
import { countText, toResultView } from '~/model/search/results';
import { fill } from '~/i18n/template';
import { applicableFilters, pagefindFilters, readState, sameState, stateToSearch, type SearchState } from '~/model/search/state';
import type { FilterLabels, SearchStrings } from '~/model/search/strings';
import { h, resultItem } from '~/components/search/render';

interface Config {
  locale: Locale;
  strings: SearchStrings;
  labels: FilterLabels;
}

const PAGE_SIZE = 10;
const SUB_FILTERS = SUB_FILTER_KEYS;
const LEGENDS = {
  section: 'search.filter.section',
  type: 'search.filter.type',
  level: 'search.filter.level',
  sector: 'search.filter.sector',
} as const;

class SiteSearch extends HTMLElement {
  private config!: Config;
  private state: SearchState = { q: '', filters: {} };
  private input!: HTMLInputElement;
  private status!: HTMLElement;
  private list!: HTMLOListElement;
  private more!: HTMLButtonElement;
  private filterBox!: HTMLElement;
  private results: PagefindSearch['results'] = [];
  private shown = 0;
  private latest = 0;
  private controlsBuilt = false;
  private readonly baseTitle = document.title;

  connectedCallback(): void {
    if (this.input) return;
    this.config = JSON.parse(this.querySelector('script[type="application/json"]')?.textContent ?? '{}') as Config;
    this.input = this.querySelector('input[name="q"]')!;
    this.status = this.querySelector('[data-search-status]')!;
    this.list = this.querySelector('[data-search-results]')!;
    this.more = this.querySelector('[data-search-more]')!;
    this.filterBox = this.querySelector('[data-search-filters]')!;

    this.querySelector('form')!.addEventListener('submit', (event) => {
      event.preventDefault();
      this.commit({ ...this.state, q: this.input.value }, 'push');
    });
    this.input.addEventListener('input', () => this.commit({ ...this.state, q: this.input.value }, 'replace', true));
    this.input.addEventListener('focus', () => void loadPagefind().catch(() => {}));
    this.more.addEventListener('click', () => void this.showMore(true));
    window.addEventListener('popstate', () => {
      this.state = readState(location.search);
      this.input.value = this.state.q;
      void this.run(false);
    });
    this.state = readState(location.search);
    this.input.value = this.state.q;
    // Pagefind's code, WebAssembly and index metadata load as soon as the box has focus, before the first key.
    if (document.activeElement === this.input) void loadPagefind().catch(() => {});
    this.input.addEventListener('focus', () => void loadPagefind().catch(() => {}), { once: true });
    void this.run(false);
  }

  /** Takes a new state: updates the URL (replacing or adding a history entry) and searches. */
  private commit(next: SearchState, history: 'push' | 'replace', debounce = false): void {
    const state = readState(stateToSearch(next));
    const changed = !sameState(state, this.state);
    this.state = state;
    const url = `${location.pathname}${stateToSearch(state)}`;
    if (history === 'push' && changed) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
    if (changed || !debounce) void this.run(debounce);
  }

  private async run(debounce: boolean): Promise<void> {
    const ticket = ++this.latest;
    const { q } = this.state;
    const { strings } = this.config;
    document.title = q ? `${q} · ${this.baseTitle}` : this.baseTitle;
    if (!q) {
      this.dataset.state = 'idle';
      this.results = [];
      this.list.replaceChildren();
      this.status.textContent = '';
      this.more.hidden = true;
      this.filterBox.hidden = true;
      return;
    }
    this.dataset.state = 'loading';
    this.status.textContent = strings['search.loading'] ?? '';
    let api: PagefindApi;
    let search: PagefindSearch | null;
    try {
      api = await loadPagefind();
      // Loading the filters first also makes Pagefind return result counts per filter value with each search.
      if (!this.controlsBuilt) await this.buildControls(api);
      const options = { filters: pagefindFilters(this.state) };
      // Search as the visitor types: no fixed pause, only the end of the current burst of input events; a
      // query typed over before its search begins is dropped, and a search overtaken by a newer one is ignored.
      if (debounce) {
        await nextTask();
        if (ticket !== this.latest) return;
      }
      search = await api.search(q, options);
      if (ticket !== this.latest) return;
    } catch {
      if (ticket === this.latest) {
        this.status.textContent = strings['search.error'] ?? '';
        this.dataset.state = 'error';
      }
      return;
    }
    if (ticket !== this.latest) return;
    this.results = search.results;
    this.shown = 0;
    this.list.replaceChildren();
    await this.showMore(false);
    if (ticket !== this.latest) return;
    this.updateControls(search);
    const count = search.results.length;
    this.status.textContent = count
      ? countText(strings, document.documentElement.lang, count, q)
      : fill(strings['search.noResults'] ?? '', { query: q });
    this.dataset.state = 'done';
  }

  /** Shows the next page of results; when asked, moves focus to the first of them (for keyboard users). */
  private async showMore(focus: boolean): Promise<void> {
    const ticket = this.latest;
    const page = this.results.slice(this.shown, this.shown + PAGE_SIZE);
    // The button goes while a page of results arrives (they show one by one): a second click cannot ask for the
    // same page again.
    this.more.hidden = true;
    this.dataset.more = 'loading';
    let first: HTMLElement | undefined;
    const shown = await showInOrder(
      page,
      (item) => {
        const element = resultItem(toResultView(item, this.config.locale), false);
        first ??= element;
        this.list.append(element);
      },
      () => ticket !== this.latest,
    );
    if (ticket !== this.latest) return;
    this.shown += shown;
    this.more.hidden = this.shown >= this.results.length;
    delete this.dataset.more;
    if (focus) first?.querySelector('a')?.focus();
  }

  /** The filter controls, made once from every filter value in the index. */
  private async buildControls(api: PagefindApi): Promise<void> {
    const available = await api.filters();
    if (this.controlsBuilt) return;
    this.controlsBuilt = true;
    const { strings, labels } = this.config;
    const sections = Object.keys(available.section ?? {}).sort(
      (a, b) => order(labels.section, a) - order(labels.section, b),
    );
    const chip = (value: string, label: string) =>
      h(
        'label',
        {
          class:
            'inline-flex min-h-11 cursor-pointer items-center gap-1 rounded-full border border-slate-300 bg-white px-4 text-sm has-checked:border-brand-700 has-checked:bg-brand-700 has-checked:text-white has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-brand-700',
          'data-filter-value': value,
        },
        h('input', { type: 'radio', name: 'section', value, class: 'sr-only' }),
        label,
        h('span', { class: 'opacity-80', 'data-count': '' }),
      );
    const sectionSet = h(
      'fieldset',
      { class: 'flex flex-wrap gap-2', 'data-filter': 'section' },
      h('legend', { class: 'mb-2 text-sm font-semibold text-slate-800' }, strings[LEGENDS.section]),
      chip('', strings['search.filter.all'] ?? ''),
      ...sections.map((section) => chip(section, labels.section[section] ?? section)),
    );
    sectionSet.addEventListener('change', (event) => {
      const value = (event.target as HTMLInputElement).value;
      const filters = value ? { section: value } : {};
      this.commit({ q: this.state.q, filters }, 'push');
    });

    const selects = SUB_FILTERS.filter((key) => Object.keys(available[key] ?? {}).length > 0).map((key) => {
      const select = h(
        'select',
        { name: key, class: 'mt-1 block min-h-11 w-full rounded-md border border-slate-400 bg-white px-3 text-slate-900' },
        h('option', { value: '' }, strings['search.filter.all']),
        ...Object.keys(available[key] ?? {})
          .sort((a, b) => order(labels[key], a) - order(labels[key], b))
          .map((value) => h('option', { value, 'data-label': labels[key][value] ?? value }, labels[key][value] ?? value)),
      );
      select.addEventListener('change', () => {
        this.commit({ q: this.state.q, filters: { ...this.state.filters, [key]: select.value || undefined } }, 'push');
      });
      return h(
        'label',
        { class: 'block min-w-44 flex-1 text-sm font-semibold text-slate-800', 'data-filter': key },
        strings[LEGENDS[key]],
        select,
      );
    });

    this.filterBox.replaceChildren(
      h('h2', { class: 'sr-only' }, strings['search.filters']),
      sectionSet,
      h('div', { class: 'mt-3 flex flex-wrap gap-4' }, ...selects),
    );
  }

  /** Shows the chosen values and the result counts of the current search on the filter controls. */
  private updateControls(search: PagefindSearch): void {
    const { section } = this.state.filters;
    const totals = search.totalFilters.section ?? {};
    this.filterBox.hidden = search.unfilteredResultCount === 0 && !section;
    for (const label of this.filterBox.querySelectorAll<HTMLElement>('[data-filter="section"] [data-filter-value]')) {
      const value = label.dataset.filterValue ?? '';
      const radio = label.querySelector('input')!;
      const count = value ? (totals[value] ?? 0) : search.unfilteredResultCount;
      radio.checked = value === (section ?? '');
      label.hidden = value !== '' && count === 0 && !radio.checked;
      label.querySelector('[data-count]')!.textContent = ` (${count})`;
    }
    const applicable = applicableFilters(section);
    for (const key of SUB_FILTERS) {
      const wrapper = this.filterBox.querySelector<HTMLElement>(`[data-filter="${key}"]`);
      if (!wrapper) continue;
      wrapper.hidden = !applicable.includes(key);
      const select = wrapper.querySelector('select')!;
      select.value = this.state.filters[key] ?? '';
      for (const option of select.querySelectorAll('option')) {
        if (!option.value) continue;
        const count = search.filters[key]?.[option.value] ?? 0;
        option.textContent = `${option.dataset.label} (${count})`;
      }
    }
  }
}

/** Position of a value in the labels' own order (the order of the site's sections and of the schema's lists). */
function order(labels: Record<string, string>, value: string): number {
  const at = Object.keys(labels).indexOf(value);
  return at === -1 ? Number.MAX_SAFE_INTEGER : at;
}

/** Registers <site-search> (once). */
export function defineSiteSearch(): void {
  if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
}
