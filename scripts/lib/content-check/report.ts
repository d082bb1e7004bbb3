/**
 * The content check's report, the same wherever it runs: `npm run check:content`, the first step of every build,
 * and the dev server (on start and on every change). Problems sorted by file and line, then a summary line in
 * English and in Chinese.
 */
import { formatProblem, sortProblems, type Problem } from './problems.ts';

export interface CheckReport {
  problems: Problem[];
  errors: number;
  warnings: number;
  /** The terminal text: every problem, then the two summary lines. */
  text: string;
}

export function checkReport(found: Problem[]): CheckReport {
  const problems = sortProblems(found);
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const summary = errors
    ? [
        `\ncheck:content: ${errors} problem(s) to fix before publishing, ${warnings} reminder(s).`,
        `check:content: 发布前需修正 ${errors} 个问题，另有 ${warnings} 条提醒。`,
      ]
    : [
        `check:content: all content is in order${warnings ? `, with ${warnings} reminder(s)` : ''}.`,
        `check:content: 内容检查通过${warnings ? `，另有 ${warnings} 条提醒` : ''}。`,
      ];
  return { problems, errors, warnings, text: [...problems.map(formatProblem), ...summary].join('\n') };
}
