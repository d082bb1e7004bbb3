/**
 * Reads dist/_headers the way Netlify and Cloudflare Pages do: each `/path/*` rule applies to the paths it matches,
 * in order; `! Name` removes a header an earlier rule set. Lets the browser tests serve pages with those headers.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './site';

interface Rule {
  pattern: RegExp;
  set: [string, string][];
  detach: string[];
}

export function readHeaderRules(file = join(DIST, '_headers')): Rule[] {
  if (!existsSync(file)) return [];
  const rules: Rule[] = [];
  for (const raw of readFileSync(file, 'utf8').split('\n')) {
    if (!raw.trim() || raw.trim().startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      const source = raw
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${source}$`), set: [], detach: [] });
      continue;
    }
    const rule = rules.at(-1);
    const line = raw.trim();
    if (!rule) continue;
    if (line.startsWith('!')) rule.detach.push(line.slice(1).trim().toLowerCase());
    else {
      const colon = line.indexOf(':');
      rule.set.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

/** The headers a host would send for `pathname`. */
export function headersFor(rules: Rule[], pathname: string): Record<string, string> {
  const headers = new Map<string, [string, string]>();
  for (const rule of rules) {
    if (!rule.pattern.test(pathname)) continue;
    rule.detach.forEach((name) => headers.delete(name));
    for (const [name, value] of rule.set) {
      const existing = headers.get(name.toLowerCase());
      headers.set(name.toLowerCase(), [name, existing ? `${existing[1]}, ${value}` : value]);
    }
  }
  return Object.fromEntries([...headers.values()]);
}
