/**
 * `npm run check:content`: everything an editor can get wrong in src/content, found before the build and told in
 * the editor's terms (file, line, field, what to do), in English and Chinese. Validates against the same schemas
 * as the build (src/schemas/collections.ts). Pure over a project root, so tests run it on fixture folders.
 *
 * This file only runs the rules: each rule is one file in rules/, listed in rules/index.ts (see rule.ts).
 */
import { buildDate } from '../../../src/model/build-date.ts';
import { loadContext } from './context.ts';
import type { Problem } from './problems.ts';
import { RULES, type ProblemKind } from './rules/index.ts';

export type { ProblemKind };

export interface CheckOptions {
  /** The project root: content is read from `<root>/src/content`, static files from `<root>/public`. */
  root: string;
  /** The day to compare `expires`, `reviewBy` and news dates with: the build's date (src/model/build-date.ts) when left out, so CONTENT_TODAY sets it for the check as for the build. */
  today?: Date;
}

export function checkContent({ root, today = buildDate() }: CheckOptions): Problem<ProblemKind>[] {
  const context = loadContext(root, today);
  const problems: Problem<ProblemKind>[] = [];
  for (const rule of RULES) rule.check(context, (problem) => problems.push(problem));
  return problems;
}
