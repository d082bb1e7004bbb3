/**
 * The <incentive-finder> island: reads the answers from the URL, computes the findings with the rules engine and
 * shows them; every change of an answer is a new history entry (`?investor=…`), so a result can be shared and
 * Back returns to the earlier answers. Loaded by the page's small loader only once the element is on screen.
 */
import { ANSWER_KEYS, answersQuery, hasAnswers, parseAnswers, type FinderAnswers } from '~/model/policies/finder/answers';
import type { FinderWords, Lang } from '~/model/policies/finder/describe';
import { findIncentives, type FinderPolicy } from '~/model/policies/finder/engine';
import { renderFindings } from '~/components/finder/finder-render';

interface FinderData {
  lang: Lang;
  words: FinderWords;
  statuses: Record<string, string>;
  policies: FinderPolicy[];
}

export function upgrade(root: HTMLElement): void {
  if (root.dataset.ready) return;
  const dataNode = root.querySelector('script[data-finder-data]');
  const form = root.querySelector<HTMLFormElement>('[data-finder-form]');
  const output = root.querySelector<HTMLElement>('[data-finder-output]');
  const list = root.querySelector<HTMLElement>('[data-finder-list]');
  const count = root.querySelector<HTMLElement>('[data-finder-count]');
  if (!dataNode || !form || !output || !list || !count) return;
  root.dataset.ready = 'true';
  const data = JSON.parse(dataNode.textContent ?? '{}') as FinderData;
  const control = (key: string) => form.elements.namedItem(key) as HTMLInputElement | HTMLSelectElement | null;

  const write = (answers: FinderAnswers) => {
    for (const key of ANSWER_KEYS) {
      const field = control(key);
      if (!field) continue;
      const value = answers[key];
      field.value = value === undefined ? '' : typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value);
    }
  };
  const read = (): FinderAnswers => {
    const params = new URLSearchParams();
    for (const key of ANSWER_KEYS) {
      const value = control(key)?.value.trim();
      if (value) params.set(key, value);
    }
    return parseAnswers(params);
  };
  const show = (answers: FinderAnswers) => {
    if (!hasAnswers(answers)) {
      list.replaceChildren();
      count.textContent = output.dataset.start ?? '';
      return;
    }
    const findings = findIncentives(data.policies, answers);
    count.textContent = renderFindings(list, findings, data.words, data.lang, (status) => data.statuses[status] ?? status);
  };
  const commit = () => {
    const answers = read();
    const query = answersQuery(answers);
    if (query !== location.search) history.pushState(null, '', `${location.pathname}${query}${location.hash}`);
    show(answers);
  };

  const initial = parseAnswers(location.search);
  write(initial);
  form.hidden = false;
  output.hidden = false;
  show(initial);
  form.addEventListener('change', commit);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    commit();
  });
  root.querySelector('[data-finder-reset]')?.addEventListener('click', () => {
    write({});
    commit();
  });
  window.addEventListener('popstate', () => {
    const answers = parseAnswers(location.search);
    write(answers);
    show(answers);
  });
}
