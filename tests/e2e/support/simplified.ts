/**
 * Characters that only Simplified Chinese writes: what a page of the generated zh-hk edition must never show.
 * Made from OpenCC's own dictionaries (the ones the build converts with), so the list is complete rather than a
 * hand-picked sample: every character the Simplified → Traditional dictionaries change, less every character
 * that also appears on their Traditional side (里 in 公里, 干 in 若干, 准 in 批准 are Traditional too).
 */
import * as OpenCC from 'opencc-js';

type Dict = string | readonly (readonly [string, string])[];

function pairs(dict: Dict): [string, string][] {
  if (typeof dict !== 'string') return dict.map(([a, b]) => [a, b]);
  return dict.split('|').flatMap((pair) => {
    const [from, to] = pair.split(' ');
    return from && to ? [[from, to] as [string, string]] : [];
  });
}

function dicts(groups: readonly (readonly Dict[])[]): [string, string][] {
  return groups.flatMap((group) => group.flatMap(pairs));
}

let cached: Set<string> | undefined;

/** The Simplified-only characters (a few thousand). */
export function simplifiedOnly(): Set<string> {
  if (cached) return cached;
  const toTraditional = dicts(OpenCC.Locale.from.cn as readonly (readonly Dict[])[]);
  const toHongKong = dicts([...(OpenCC.Locale.to.hk ?? []), ...(OpenCC.Locale.to.hkp ?? [])] as readonly (readonly Dict[])[]);
  const traditional = new Set<string>();
  for (const [, to] of [...toTraditional, ...toHongKong]) for (const char of to) traditional.add(char);
  const result = new Set<string>();
  for (const [from, to] of toTraditional) {
    if ([...from].length === 1 && from !== to && !traditional.has(from)) result.add(from);
  }
  return (cached = result);
}

/** The Simplified-only characters in `text`, each with a little of the text around it. */
export function simplifiedIn(text: string): string[] {
  const only = simplifiedOnly();
  const found: string[] = [];
  const chars = [...text];
  chars.forEach((char, index) => {
    if (only.has(char)) found.push(`${char} in “${chars.slice(Math.max(0, index - 6), index + 6).join('').replace(/\s+/g, ' ')}”`);
  });
  return found;
}
