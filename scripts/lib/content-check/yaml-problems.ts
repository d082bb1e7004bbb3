/**
 * YAML that cannot be read, or reads wrong because of a keyboard slip, as problems: each slip by character, line
 * and column (see yaml-slips.ts), with the YAML reader's reason in both languages; otherwise the reader's first
 * error with the rule's general advice. Used for frontmatter and for the YAML data files alike.
 */
import type { YamlError } from '../frontmatter.ts';
import type { Problem } from './problems.ts';
import { findSlips, parserReason } from './yaml-slips.ts';

export interface YamlAdvice {
  /** What to check in general, when no slip explains the error. */
  en: string;
  zh: string;
}

export function yamlProblems(
  file: string,
  yamlText: string,
  firstLine: number,
  errors: readonly YamlError[],
  advice: YamlAdvice,
): Problem<'yaml-syntax' | 'yaml-slip'>[] {
  const [error] = errors;
  const reason = error ? parserReason(error) : undefined;
  const slips = findSlips(yamlText, firstLine).filter((slip) => slip.breaks || !error);
  if (slips.length) {
    return slips.map((slip, index) => {
      // The reader's reason goes with the slip on its line, or with the first slip when none is on that line.
      const own = reason && (slip.line === error!.line || (index === 0 && !slips.some((s) => s.line === error!.line)));
      return {
        file,
        line: slip.line,
        ...(slip.key ? { field: slip.key } : {}),
        kind: 'yaml-slip',
        severity: slip.breaks || error ? 'error' : 'warning',
        message: `line ${slip.line}, column ${slip.column}: ${slip.en}${own ? ` (${reason!.en})` : ''}`,
        messageZh: `第 ${slip.line} 行第 ${slip.column} 列：${slip.zh}${own ? `（${reason!.zh}）` : ''}`,
      };
    });
  }
  if (!error || !reason) return [];
  return [
    {
      file,
      line: error.line,
      kind: 'yaml-syntax',
      severity: 'error',
      message: `cannot be read at line ${error.line}, column ${error.column} (${reason.en}). ${advice.en}`,
      messageZh: `第 ${error.line} 行第 ${error.column} 列无法读取（${reason.zh}）。${advice.zh}`,
    },
  ];
}
