/** HTML in a Markdown body is balanced: an unclosed `<div>` or a crossed `<b><i></b></i>` breaks the page's layout. */
import { htmlImbalances } from '../html-balance.ts';
import { defineRule } from '../rule.ts';

export default defineRule({
  name: 'html-balance',
  kinds: ['unbalanced-html'],
  check({ entries }, report) {
    for (const { file, parsed } of entries) {
      for (const found of htmlImbalances(parsed.body, parsed.bodyLine)) {
        const tag = `<${found.tag}>`;
        const end = `</${found.tag}>`;
        const [en, zh] =
          found.problem === 'unclosed'
            ? [`${tag} is opened here and never closed: add ${end} where it ends (or remove the tag; Markdown rarely needs HTML).`, `这里打开了 ${tag}，却没有关闭：请在它结束的地方加上 ${end}（或删掉该标签；Markdown 很少需要 HTML）。`]
            : found.problem === 'stray'
              ? [`${end} closes nothing: no ${tag} is open here. Remove it, or add the missing ${tag} before it.`, `${end} 没有对应的开始标签：这里并没有打开的 ${tag}。请删除它，或在前面补上 ${tag}。`]
              : [`${end} closes ${tag} while <${found.open!.tag}> (line ${found.open!.line}) is still open inside it: close </${found.open!.tag}> first.`, `${end} 关闭了 ${tag}，但其中的 <${found.open!.tag}>（第 ${found.open!.line} 行）还没关闭：请先写 </${found.open!.tag}>。`];
        report({ file, line: found.line, kind: 'unbalanced-html', severity: 'error', message: en, messageZh: zh });
      }
    }
  },
});
