/**
 * Turns the schema's (zod) complaints into short messages in the editor's terms, one per field, with the line.
 */
import type { z } from 'astro/zod';
import { impossibleDate } from '../../../src/schemas/calendar-date.ts';
import type { Problem } from './problems.ts';

type Path = readonly (string | number)[];

/** `['sectors', 1]` → `sectors[1]`; `['label', 'en']` → `label.en`. */
export function fieldName(path: Path): string {
  return path.reduce<string>(
    (name, key) => (typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${key}` : key),
    '',
  );
}

function valueAt(data: unknown, path: Path): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

const TYPE_NAMES: Record<string, [string, string]> = {
  string: ['text', '文字'],
  number: ['a number', '数字'],
  boolean: ['true or false', 'true 或 false'],
  array: ['a list (one `- item` per line)', '列表（每行一项，以 `- ` 开头）'],
  object: ['a group of fields', '一组字段'],
  date: ['a date written as YYYY-MM-DD', 'YYYY-MM-DD 格式的日期'],
};

function describe(issue: z.core.$ZodIssue, data: unknown, field: string): { en: string; zh: string; missing: boolean } {
  const value = valueAt(data, issue.path as Path);
  const shown = JSON.stringify(value);
  if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_union')) {
    return {
      missing: true,
      en: `\`${field}\` is required and missing: add it (the editor's guide explains each field).`,
      zh: `缺少必填字段 \`${field}\`：请补上（编辑指南逐项说明了每个字段）。`,
    };
  }
  switch (issue.code) {
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      return {
        missing: false,
        en: `\`${field}\` is ${shown}, which is not allowed: use one of ${allowed.join(', ')}.`,
        zh: `\`${field}\` 的值 ${shown} 无效，只能是其中之一：${allowed.join('、')}。`,
      };
    }
    case 'invalid_union':
    case 'invalid_type': {
      // A date field, or a choice that includes a date (`asOf`: a date or `undated`), given a day that does not exist.
      const dateExpected = issue.code === 'invalid_union' || issue.expected === 'date';
      const impossible = dateExpected && typeof value === 'string' ? impossibleDate(value) : undefined;
      if (impossible) {
        return {
          missing: false,
          en: `\`${field}\`: ${impossible.en}. Write the real day as YYYY-MM-DD.`,
          zh: `\`${field}\`：${impossible.zh}。请按 YYYY-MM-DD 写出真实的日期。`,
        };
      }
      if (issue.code === 'invalid_union') return otherIssue(issue, field);
      const [en, zh] = TYPE_NAMES[issue.expected] ?? [issue.expected, issue.expected];
      return { missing: false, en: `\`${field}\` must be ${en}, not ${shown}.`, zh: `\`${field}\` 必须是${zh}，现在是 ${shown}。` };
    }
    case 'too_small':
      if (issue.origin === 'array') {
        return {
          missing: false,
          en: `\`${field}\` needs at least ${issue.minimum} item(s)${custom(issue)}.`,
          zh: `\`${field}\` 至少要有 ${issue.minimum} 项。`,
        };
      }
      if (issue.origin === 'string') {
        return {
          missing: false,
          en: `\`${field}\` is too short: at least ${issue.minimum} characters${custom(issue)}.`,
          zh: `\`${field}\` 太短：至少 ${issue.minimum} 个字。`,
        };
      }
      return { missing: false, en: `\`${field}\` must be at least ${issue.minimum}.`, zh: `\`${field}\` 不能小于 ${issue.minimum}。` };
    case 'too_big':
      if (issue.origin === 'string') {
        return {
          missing: false,
          en: `\`${field}\` is too long: at most ${issue.maximum} characters${custom(issue)}.`,
          zh: `\`${field}\` 太长：最多 ${issue.maximum} 个字。`,
        };
      }
      return { missing: false, en: `\`${field}\` must be at most ${issue.maximum}.`, zh: `\`${field}\` 不能大于 ${issue.maximum}。` };
    case 'invalid_format':
      if (issue.format === 'url') {
        return {
          missing: false,
          en: `\`${field}\` must be a full web address starting with https:// (now ${shown}).`,
          zh: `\`${field}\` 必须是以 https:// 开头的完整网址（现在是 ${shown}）。`,
        };
      }
      return { missing: false, en: `\`${field}\`: ${issue.message} (now ${shown}).`, zh: `\`${field}\` 格式不对（现在是 ${shown}）：${issue.message}` };
    default:
      return otherIssue(issue, field);
  }
}

/** Any other problem, in the schema's own words. */
function otherIssue(issue: z.core.$ZodIssue, field: string): { en: string; zh: string; missing: boolean } {
  return { missing: false, en: `\`${field || 'entry'}\`: ${issue.message}.`, zh: `\`${field || '条目'}\` 不符合要求：${issue.message}` };
}

/** Adds the schema's own explanation (`say who is eligible`) when it wrote one. */
function custom(issue: z.core.$ZodIssue): string {
  return /^(Too|Invalid)\b/.test(issue.message) ? '' : ` — ${issue.message}`;
}

/** Validates `data` with `schema`; one problem per failing field. */
export function schemaProblems(
  schema: z.ZodType,
  data: unknown,
  file: string,
  lineOf: (path: Path) => number | undefined,
  prefix: Path = [],
): Problem<'missing-field' | 'invalid-field' | 'unknown-field'>[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.flatMap((issue): Problem<'missing-field' | 'invalid-field' | 'unknown-field'>[] => {
    if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => unknownField(file, [...prefix, ...(issue.path as Path), key], lineOf));
    const path = [...prefix, ...(issue.path as Path)];
    const field = fieldName(path);
    const { en, zh, missing } = describe(issue, data, fieldName(issue.path as Path));
    const problem: Problem<'missing-field' | 'invalid-field'> = {
      file,
      field: field || undefined,
      line: lineOf(path),
      kind: missing ? 'missing-field' : 'invalid-field',
      message: en,
      messageZh: zh,
      severity: 'error',
    };
    return [problem];
  });
}

/** A field the schema does not know: the build refuses it (the schemas are strict), so the check does too. */
function unknownField(file: string, path: Path, lineOf: (path: Path) => number | undefined): Problem<'unknown-field'> {
  const field = fieldName(path);
  const key = String(path[path.length - 1]);
  const parent = path.length > 1 ? fieldName(path.slice(0, -1)) : '';
  const hint = key === 'slug' || key === 'id'
    ? [' The address comes from the file name, so this line is not needed.', '页面地址由文件名决定，不需要这一行。']
    : /[\s()（），,]/.test(key) && parent
      ? [
          ` It is the end of a text cut short: in \`${parent}: { zh-cn: …, en: … }\` a comma not in quotes ends the text. Put that text in straight double quotes: en: "…, ${key}".`,
          `这是被截断的文字的后半段：在 \`${parent}: { zh-cn: …, en: … }\` 里，不在引号中的逗号会结束文字。请用英文双引号把这段文字括起来：en: "…, ${key}"。`,
        ]
      : [' Check its spelling against the editor\'s guide, or remove the line.', '请对照编辑指南检查拼写，或删除这一行。'];
  return {
    file,
    field,
    line: lineOf(path),
    kind: 'unknown-field',
    severity: 'error',
    message: `\`${field}\` is not a field of this kind of entry: the build would stop on it.${hint[0]}`,
    messageZh: `\`${field}\` 不是此类条目的字段：构建会因此失败。${hint[1]}`,
  };
}
