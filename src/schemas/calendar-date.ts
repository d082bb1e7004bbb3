/**
 * Calendar dates written YYYY-MM-DD, checked for being real days. JavaScript and the YAML reader the build uses
 * roll impossible dates over (`2024-13-45` becomes 14 February 2025, `2023-02-30` becomes 2 March); here they are
 * refused, with the reason in English and Chinese. Pure TypeScript: the schemas, the content check and the build's
 * loaders (src/build/strict-dates-loader.ts) all use it.
 */

/** `YYYY-MM-DD`, optionally followed by a time (`2026-01-01T09:00`), as YAML and the schemas accept it. */
const DAY_TEXT = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[Tt ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Days in month `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Why `text` is not a real day, in both languages; `undefined` when it is one, or when it is not written as
 * YYYY-MM-DD at all (other rules say what is expected then).
 */
export function impossibleDate(text: string): { en: string; zh: string } | undefined {
  const match = DAY_TEXT.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12) {
    return { en: `${text} is not a real date: there is no month ${month}`, zh: `${text} 不是真实的日期：没有 ${month} 月` };
  }
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    return {
      en: `${text} is not a real date: month ${month} of ${year} has ${last} days`,
      zh: `${text} 不是真实的日期：${year} 年 ${month} 月只有 ${last} 天`,
    };
  }
  return undefined;
}

/** A date-like scalar written in YAML text (`date: 2024-13-45`), with its field, line and text. */
export interface WrittenDate {
  field: string;
  line: number;
  text: string;
}

/**
 * Every `key: YYYY-MM-DD` (quoted or not, in lists too) in YAML text that is not a real day. `firstLine` is the
 * file line of the text's first line. A plain line scan, so it works on the raw file whatever parser reads it.
 */
export function impossibleDatesIn(yamlText: string, firstLine = 1): (WrittenDate & { en: string; zh: string })[] {
  const found: (WrittenDate & { en: string; zh: string })[] = [];
  yamlText.split(/\r?\n/).forEach((line, index) => {
    const match = /^\s*(?:-\s+)?(?:([\w-]+)\s*:\s+)?-?\s*(["']?)(\d{4}-\d{1,2}-\d{1,2}(?:[Tt ][\d:.]+Z?)?)\2\s*(?:#.*)?$/.exec(line);
    if (!match) return;
    const why = impossibleDate(match[3]!);
    if (why) found.push({ field: match[1] ?? '', line: firstLine + index, text: match[3]!, ...why });
  });
  return found;
}
