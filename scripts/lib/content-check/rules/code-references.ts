/**
 * Ids written in the site's code exist: a figure, source or site id named in src/**\/*.ts or *.astro (see
 * ../code-references.ts) would otherwise fail only at build, or show an empty card.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { codeReferences } from '../code-references.ts';
import { defineRule } from '../rule.ts';

/** Source folders that hold no references to content ids (the schemas, dictionaries, content itself). */
const SKIP = new Set(['content', 'schemas', 'i18n']);

function codeFiles(dir: string, top = true): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) return top && SKIP.has(name) ? [] : codeFiles(full, false);
      return /\.(ts|astro)$/.test(name) && !name.endsWith('.d.ts') ? [full] : [];
    });
}

export default defineRule({
  name: 'code-references',
  kinds: ['unknown-figure', 'unknown-source', 'unknown-site'],
  check({ root, data, entries, rel }, report) {
    const sites = new Set(entries.filter((entry) => entry.collection === 'sites').map((entry) => entry.slug));
    const known = { figure: data.figures.ids, source: data.sources.ids, site: sites };
    for (const absolute of codeFiles(join(root, 'src'))) {
      const file = rel(absolute);
      for (const { kind, id, line } of codeReferences(readFileSync(absolute, 'utf8'))) {
        if (known[kind].has(id)) continue;
        const where = { figure: 'src/content/figures/figures.yaml', source: 'src/content/sources/sources.yaml', site: 'src/content/sites/<language>/' }[kind];
        const zhName = { figure: '数据', source: '来源', site: '地块' }[kind];
        report({
          file,
          line,
          kind: `unknown-${kind}` as const,
          severity: 'error',
          message: `the code names ${kind} "${id}", which is not in ${where}: correct the id here, or add the ${kind} there.`,
          messageZh: `代码里引用的${zhName}“${id}”不在 ${where} 中：请改正这里的编号，或在那里添加该${zhName}。`,
        });
      }
    }
  },
});
