/** Plain-text tables for the terminal, aligned even when cells hold Chinese (two columns wide per character). */

/** Display width of a string in a monospace terminal: East Asian wide and fullwidth characters take two columns. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      (code >= 0x20000 && code <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}

function pad(text: string, width: number, align: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'right' ? fill + text : text + fill;
}

/**
 * Formats rows under a header row. Columns whose every body cell looks numeric (digits, units, ×, –) are
 * right-aligned; the rest left-aligned. A row of one cell `---` draws a separator line.
 */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const columns = header.length;
  const body = rows.filter((row) => !(row.length === 1 && row[0] === '---'));
  const widths = header.map((cell, i) => Math.max(displayWidth(cell), ...body.map((row) => displayWidth(row[i] ?? ''))));
  const numeric = header.map((_, i) =>
    body.length > 0 && body.every((row) => /^(–|[-+]?[\d.,]+\s*(ms|s|B|KB|MB|GB|×|%)?|\d+\/\d+)$/.test(row[i] ?? '–')),
  );
  const line = (row: readonly string[]) =>
    Array.from({ length: columns }, (_, i) => pad(row[i] ?? '', widths[i]!, numeric[i] ? 'right' : 'left')).join('  ').trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(header), rule, ...rows.map((row) => (row.length === 1 && row[0] === '---' ? rule : line(row)))].join('\n');
}
