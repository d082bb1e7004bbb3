/**
 * What the dev server shows in the browser when the content check finds problems: a panel at the foot of every
 * page, or a whole page in place of one that cannot be shown. In the page's language (the other language's
 * message underneath), with file, line, field and what to do. Pure functions over the check's problems.
 */
import { isLocale, LOCALES, DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/translate.ts';
import type { Problem } from '../../scripts/lib/content-check/problems.ts';

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The language of a page from its path below the base (`/en/news/` → en); the default language otherwise. */
export function localeOfPath(pathname: string, base = '/'): Locale {
  const first = pathname.slice(base.length - 1).split('/')[1];
  return isLocale(first) ? first : DEFAULT_LOCALE;
}

/** The entry files a page is made from (`/en/news/x/` → src/content/news/en/x.md or .mdx). */
export function entryFilesOfPath(pathname: string, base = '/'): string[] {
  const [lang, collection, slug] = pathname.slice(base.length - 1).split('/').filter(Boolean);
  if (!lang || !collection) return [];
  const stem = slug ? `src/content/${collection}/${lang}/${slug}` : `src/content/pages/${lang}/${collection}`;
  return [`${stem}.md`, `${stem}.mdx`];
}

function item(problem: Problem, locale: Locale): string {
  const t = useTranslations(locale);
  const where = [
    problem.file,
    problem.line ? t('devProblems.line', { line: problem.line }) : '',
    problem.field ? `${t('devProblems.field')} ${problem.field}` : '',
  ]
    .filter(Boolean)
    .join(' · ');
  const [first, second] = locale === 'en' ? [problem.message, problem.messageZh] : [problem.messageZh, problem.message];
  const otherLang = locale === 'en' ? LOCALES['zh-cn'].lang : LOCALES.en.lang;
  return `<li data-problem="${escape(problem.kind)}" style="margin:0 0 .75rem;padding:.5rem .75rem;border-left:4px solid ${problem.severity === 'error' ? '#b91c1c' : '#b45309'};background:#fff">
<code style="font-size:.85em;color:#334155">${problem.severity === 'error' ? '✗' : '!'} ${escape(where)}</code>
<p style="margin:.25rem 0 0">${escape(first)}</p>
<p lang="${otherLang}" style="margin:.25rem 0 0;font-size:.85em;color:#475569">${escape(second)}</p></li>`;
}

/** The list of problems, the ones about this page's own entry first. */
export function problemList(problems: Problem[], locale: Locale, pageFiles: string[] = []): string {
  const t = useTranslations(locale);
  const own = problems.filter((p) => pageFiles.includes(p.file));
  const rest = problems.filter((p) => !pageFiles.includes(p.file));
  const errors = problems.filter((p) => p.severity === 'error').length;
  const reminders = problems.length - errors;
  return `<h2 style="margin:0 0 .5rem;font-size:1.1rem">${escape(t('devProblems.title', { count: errors }))}${reminders ? `, ${escape(t('devProblems.reminders', { count: reminders }))}` : ''}</h2>
${own.length ? `<p style="margin:.5rem 0;font-weight:600">${escape(t('devProblems.thisPage'))}</p><ul style="list-style:none;padding:0;margin:0">${own.map((p) => item(p, locale)).join('')}</ul>` : ''}
<ul style="list-style:none;padding:0;margin:0">${rest.map((p) => item(p, locale)).join('')}</ul>
<p style="margin:.5rem 0 0;font-size:.85em;color:#475569">${escape(t('devProblems.note'))}</p>`;
}

/** The panel added to the foot of every page while there are problems (collapsed to a bar until opened). */
export function problemPanel(problems: Problem[], locale: Locale, pageFiles: string[] = []): string {
  const t = useTranslations(locale);
  const own = problems.some((p) => pageFiles.includes(p.file));
  return `<details id="content-problems" data-content-problems ${own ? 'open' : ''} style="position:fixed;inset:auto 0 0 0;z-index:2147483647;max-height:60vh;overflow:auto;background:#fef2f2;border-top:3px solid #b91c1c;padding:.75rem 1rem;font:15px/1.5 system-ui,sans-serif;color:#0f172a">
<summary style="cursor:pointer;font-weight:700">${escape(t('devProblems.show'))} (${problems.length})</summary>
${problemList(problems, locale, pageFiles)}</details>`;
}

/** A whole page in place of one that failed (404 or 500) while the content has problems. */
export function problemPage(problems: Problem[], locale: Locale, pageFiles: string[] = [], base = '/'): string {
  const t = useTranslations(locale);
  return `<!doctype html><html lang="${LOCALES[locale].lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(t('devProblems.title', { count: problems.filter((p) => p.severity === 'error').length }))}</title>
<script type="module" src="${escape(base)}@vite/client"></script></head>
<body style="margin:0;font:16px/1.6 system-ui,sans-serif;background:#fef2f2;color:#0f172a"><main data-content-problems style="max-width:60rem;margin:0 auto;padding:2rem 1rem">
<p style="font-weight:600">${escape(t('devProblems.brokenPage'))}</p>${problemList(problems, locale, pageFiles)}</main></body></html>`;
}
