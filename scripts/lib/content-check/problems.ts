/**
 * A problem found in the content, in the editor's terms: which file, which line and field, what is wrong and what
 * to do, in English and Chinese. Errors stop publishing; warnings are reminders that do not.
 */
export interface Problem<K extends string = string> {
  /** The file, relative to the project root (`src/content/news/en/2026-12-01-signing.md`). */
  file: string;
  /** The frontmatter field or data key, when the problem is about one (`expires`, `figures[3].source`). */
  field?: string;
  /** The line in the file, when it can be known. */
  line?: number;
  /**
   * What kind of mistake it is: a stable name that tests and the guide use (`policy-expired-in-force`). Each rule
   * declares its kinds; `ProblemKind` (rules/index.ts) is all of them.
   */
  kind: K;
  /** What is wrong and what to do, in English. */
  message: string;
  /** The same in Chinese. */
  messageZh: string;
  severity: 'error' | 'warning';
}


/** One line for the terminal: `✗ file:line (field) message`, then the Chinese message indented below. */
export function formatProblem(p: Problem): string {
  const where = `${p.file}${p.line ? `:${p.line}` : ''}${p.field ? ` (${p.field})` : ''}`;
  return `${p.severity === 'error' ? '✗' : '!'} ${where}\n    ${p.message}\n    ${p.messageZh}`;
}

/** Sorted for reading: by file, then line. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}
