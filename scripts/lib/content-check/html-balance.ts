/**
 * HTML written inside a Markdown body: every element opened is closed, in order. Code (fenced blocks and
 * `inline code`), comments and `<https://…>` autolinks are skipped; void elements (`<br>`, `<img>` …) and
 * self-closing tags (`<Figure id="x" />`) need no end tag. Pure, with lines, for the content check.
 */

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

export interface HtmlImbalance {
  line: number;
  /** `unclosed`: opened and never closed; `stray`: a closing tag with nothing open; `crossed`: closes another element first. */
  problem: 'unclosed' | 'stray' | 'crossed';
  tag: string;
  /** For `crossed`: the element still open, and its line. */
  open?: { tag: string; line: number };
}

export function htmlImbalances(body: string, firstLine = 1): HtmlImbalance[] {
  const found: HtmlImbalance[] = [];
  const stack: { tag: string; line: number }[] = [];
  let fence: string | undefined;
  let text = '';
  const lineStarts: number[] = [];
  body.split('\n').forEach((raw) => {
    const fenceMatch = /^\s*(```|~~~)/.exec(raw);
    lineStarts.push(text.length);
    if (fenceMatch) fence = fence ? (fence === fenceMatch[1] ? undefined : fence) : fenceMatch[1];
    text += `${fence || fenceMatch ? '' : raw.replace(/`[^`]*`/g, (code) => ' '.repeat(code.length))}\n`;
  });
  text = text.replace(/<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\n]/g, ' '));
  const lineAt = (offset: number) => {
    let index = 0;
    while (index + 1 < lineStarts.length && lineStarts[index + 1]! <= offset) index++;
    return firstLine + index;
  };
  for (const m of text.matchAll(/<(\/?)([A-Za-z][\w.-]*)((?:\s+[^<>]*?)?)(\/?)>/g)) {
    const [, closing, name, attributes, selfClosing] = m;
    if (/^\w+:/.test(`${name}${attributes}`) || attributes!.startsWith(':')) continue; // <https://…>
    const tag = name!;
    const line = lineAt(m.index!);
    if (selfClosing || (!closing && VOID.has(tag.toLowerCase()))) continue;
    if (!closing) {
      stack.push({ tag, line });
      continue;
    }
    if (VOID.has(tag.toLowerCase())) continue;
    const at = stack.map((open) => open.tag).lastIndexOf(tag);
    if (at === -1) {
      found.push({ line, problem: 'stray', tag });
      continue;
    }
    if (at !== stack.length - 1) found.push({ line, problem: 'crossed', tag, open: stack[stack.length - 1]! });
    stack.length = at;
  }
  for (const open of stack) found.push({ line: open.line, problem: 'unclosed', tag: open.tag });
  return found.sort((a, b) => a.line - b.line);
}
