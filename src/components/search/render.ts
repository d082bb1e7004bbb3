/** DOM for search results, shared by the header search box and the search page. Browser-only. */
import type { ResultView } from '~/model/search/results';

type Child = Node | string | null | undefined | false;

/** A small element factory: h('a', { href, class }, 'text'). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) element.setAttribute(name, value);
  for (const child of children) if (child) element.append(child);
  return element;
}

/** One result: title link, then section and date, then the excerpt with the match in <mark>. */
export function resultItem(view: ResultView, compact: boolean): HTMLLIElement {
  const meta = h(
    'p',
    { class: 'text-xs font-medium text-slate-600' },
    view.section,
    view.section && view.date ? ' · ' : '',
    view.date && h('time', { datetime: view.date.iso }, view.date.label),
  );
  const marks = '[&_mark]:rounded-sm [&_mark]:bg-amber-200 [&_mark]:text-slate-900';
  // break-words: an excerpt may quote a long address (a news item's original report) that must wrap on a phone.
  const excerpt = h('p', { class: `${compact ? 'mt-1 text-sm' : 'mt-2'} break-words text-slate-700 ${marks}` });
  excerpt.innerHTML = view.excerpt;
  if (compact) {
    const link = h(
      'a',
      { href: view.url, class: 'block rounded-md px-3 py-2 hover:bg-brand-50 focus-visible:bg-brand-50', 'data-search-result': '' },
      h('span', { class: 'block font-semibold text-brand-800 underline-offset-2 hover:underline' }, view.title),
      meta,
      excerpt,
    );
    return h('li', {}, link);
  }
  const title = h(
    'h2',
    { class: 'text-lg font-semibold' },
    h('a', { href: view.url, class: 'text-brand-800 underline underline-offset-2 hover:text-brand-700', 'data-search-result': '' }, view.title),
  );
  return h('li', { class: 'border-b border-slate-200 py-4' }, title, meta, excerpt);
}
