/**
 * Reads a Markdown file's YAML frontmatter with positions, so every problem can point at its line.
 * Lines are 1-based lines of the whole file (line 1 is the opening `---`).
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';

export interface ParsedMarkdown {
  /** The frontmatter as plain data (`{}` when there is none or it does not parse). */
  data: Record<string, unknown>;
  /** `false` when the file has no `---` block at the top. */
  hasFrontmatter: boolean;
  /** YAML syntax errors, each with its line, column and the `yaml` package's error code. */
  yamlErrors: YamlError[];
  /** The frontmatter's YAML text as written (`''` when there is none); its first line is file line 2. */
  yamlText: string;
  /** The Markdown after the frontmatter. */
  body: string;
  /** The file line on which the body starts. */
  bodyLine: number;
  /** The line of a field (`['sources', 1]`), or of its nearest parent that exists; `undefined` when none. */
  lineOf(path: readonly (string | number)[]): number | undefined;
}

export interface YamlError {
  line: number;
  column: number;
  /** The `yaml` package's code (`TAB_AS_INDENT`, `MISSING_CHAR` …). */
  code: string;
  message: string;
}

/** Parses YAML text with positions. `firstLine` is the file line of the text's first line. */
export function parseYamlWithLines(text: string, firstLine = 1) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const fileLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const yamlErrors: YamlError[] = doc.errors.map((error) => ({
    line: fileLine(error.pos[0]),
    column: lineCounter.linePos(error.pos[0]).col,
    code: error.code,
    message: error.message,
  }));
  const lineOf = (path: readonly (string | number)[]) => {
    const offset = offsetOf(doc, path);
    return offset === undefined ? undefined : fileLine(offset);
  };
  const data = yamlErrors.length ? undefined : (doc.toJS() as unknown);
  return { data, yamlErrors, lineOf };
}

/** The start offset of the node at `path`, or of the closest ancestor that exists. */
function offsetOf(doc: Document, path: readonly (string | number)[]): number | undefined {
  let node: unknown = doc.contents;
  let offset: number | undefined;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
      if (!pair) break;
      offset = (pair.key as { range?: [number, number, number] }).range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as { range?: [number, number, number] } | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else break;
  }
  return offset;
}

export function parseMarkdown(text: string): ParsedMarkdown {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) {
    return { data: {}, hasFrontmatter: false, yamlErrors: [], yamlText: '', body: text, bodyLine: 1, lineOf: () => undefined };
  }
  const yaml = parseYamlWithLines(match[1]!, 2);
  const data = yaml.data && typeof yaml.data === 'object' && !Array.isArray(yaml.data) ? yaml.data : {};
  const bodyLine = match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0) + 1;
  return {
    data: data as Record<string, unknown>,
    hasFrontmatter: true,
    yamlErrors: yaml.yamlErrors,
    yamlText: match[1]!,
    body: text.slice(match[0].length),
    bodyLine,
    lineOf: (path) => yaml.lineOf(path) ?? 1,
  };
}
