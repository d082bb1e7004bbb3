/**
 * CSV as RFC 4180 describes it: CRLF between records; a field with a comma, a double quote or a line break is
 * enclosed in double quotes, and a double quote inside it is doubled. `toCsv` adds a UTF-8 byte-order mark so
 * that Excel opens Chinese text correctly.
 */

export type CsvValue = string | number | boolean | null | undefined;

const BOM = '\uFEFF';

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole file: header row first, then one row per record, each ending in CRLF; with a BOM unless `bom: false`. */
export function toCsv(rows: readonly (readonly CsvValue[])[], { bom = true } = {}): string {
  const body = rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
  return bom ? `${BOM}${body}` : body;
}

/** Reads RFC 4180 text back into rows of strings (a leading BOM is skipped). Used by the tests and staff scripts. */
export function parseCsv(text: string): string[][] {
  const input = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < input.length; i++) {
    const char = input[i]!;
    if (quoted) {
      if (char === '"' && input[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && input[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
