/**
 * The finder's results as DOM: one <article data-finder-result> per policy that matches, may apply or nearly
 * matches, grouped in that order, each with its page, the rule, rate, caps, estimate, conditions and source.
 * Browser-only; the wording comes from src/model/policies/finder/describe.ts, like the rules table's.
 */
import {
  capTexts,
  estimateText,
  fill,
  missText,
  questionText,
  rateText,
  type FinderWords,
  type Lang,
} from '~/model/policies/finder/describe';
import type { Outcome, PolicyFinding, RuleFinding } from '~/model/policies/finder/engine';
import { h } from '~/components/search/render';

const GROUPS: Exclude<Outcome, 'no'>[] = ['match', 'possible', 'near'];
const colon = (lang: Lang) => (lang === 'en' ? ': ' : '：');

function row(label: string, ...value: (Node | string)[]): HTMLDivElement {
  return h('div', { class: 'grid gap-1 sm:grid-cols-[10rem_1fr] sm:gap-3' }, h('dt', { class: 'font-medium text-slate-600' }, label), h('dd', {}, ...value));
}

function ruleBlock(finding: RuleFinding, words: FinderWords, lang: Lang): HTMLElement {
  const { rule } = finding;
  const list = h('dl', { class: 'space-y-2 text-sm', 'data-finder-rule-id': rule.id });
  list.append(row(words['finder.rule'], h('span', { 'data-finder-rule-label': '' }, rule.label)));
  const rate = rateText(rule, words, lang);
  if (rate) list.append(row(words['finder.rate'], h('span', { 'data-finder-rate': '' }, rate)));
  list.append(row(words['finder.cap'], h('span', { 'data-finder-cap': '' }, capTexts(rule, words, lang).join(lang === 'en' ? '; ' : '；'))));
  if (finding.outcome !== 'near') list.append(row(words['finder.estimate'], h('span', { 'data-finder-estimate': '' }, estimateText(finding.estimate, words, lang))));
  if (finding.misses.length) {
    const why = h('ul', { class: 'list-disc pl-4 font-medium text-amber-900', 'data-finder-why': '' });
    for (const miss of finding.misses) why.append(h('li', {}, missText(miss, words, lang)));
    list.append(row(words['finder.why'], why));
  }
  if (finding.unknowns.length) {
    const needs = finding.unknowns.map((key) => questionText(key, words)).join(lang === 'en' ? '; ' : '；');
    list.append(row(words['finder.needs'], h('span', { 'data-finder-needs': '' }, needs)));
  }
  if (rule.conditions.length) {
    const conditions = h('ul', { class: 'list-disc pl-4' });
    for (const condition of rule.conditions) conditions.append(h('li', {}, condition));
    list.append(row(words['finder.conditions'], conditions));
  }
  const block = h('div', { class: 'mt-3 border-t border-slate-100 pt-2' }, list);
  if (rule.unconfirmed) block.append(h('p', { class: 'mt-2 rounded-md bg-amber-50 px-2 py-1 text-sm text-amber-900', 'data-unconfirmed': '' }, words['finder.unconfirmed']));
  return block;
}

function result(finding: PolicyFinding, words: FinderWords, lang: Lang, statusLabel: (status: string) => string): HTMLElement {
  const { policy } = finding;
  const article = h(
    'article',
    { class: 'rounded-lg border border-slate-200 bg-white p-5 shadow-sm', 'data-finder-result': policy.slug, 'data-outcome': finding.outcome },
    h('h4', { class: 'text-lg font-semibold' }, h('a', { href: policy.href, class: 'text-slate-900 underline decoration-brand-600/40 hover:text-brand-700' }, policy.title)),
    h('p', { class: 'mt-1 text-sm text-slate-600' }, `${words['finder.status']}${colon(lang)}${statusLabel(policy.status)}`),
  );
  for (const rule of finding.rules) article.append(ruleBlock(rule, words, lang));
  const source = h('a', { href: policy.url, rel: 'external noopener', class: 'text-brand-700 underline' }, words[`finder.link.${policy.urlKind}`]);
  const publisher = policy.publisher ? (lang === 'en' ? ` (${policy.publisher})` : `（${policy.publisher}）`) : '';
  article.append(h('p', { class: 'mt-3 text-sm', 'data-finder-source': '' }, `${words['finder.source']}${colon(lang)}`, source, publisher));
  return article;
}

/** Fills `container` with the grouped results and returns the count line. */
export function renderFindings(
  container: HTMLElement,
  findings: PolicyFinding[],
  words: FinderWords,
  lang: Lang,
  statusLabel: (status: string) => string,
): string {
  container.replaceChildren();
  const counts = { match: 0, possible: 0, near: 0 };
  for (const group of GROUPS) {
    const inGroup = findings.filter((finding) => finding.outcome === group);
    counts[group] = inGroup.length;
    if (!inGroup.length) continue;
    const section = h('section', { class: 'mt-6', 'data-finder-group': group }, h('h3', { class: 'text-lg font-bold' }, words[`finder.group.${group}`]));
    const items = h('div', { class: 'mt-3 grid gap-4' });
    for (const finding of inGroup) items.append(result(finding, words, lang, statusLabel));
    section.append(items);
    container.append(section);
  }
  if (!counts.match && !counts.possible && !counts.near) container.append(h('p', { class: 'mt-4 text-slate-700', 'data-finder-none': '' }, words['finder.none']));
  return fill(words['finder.count'], counts);
}
