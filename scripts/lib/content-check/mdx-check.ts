/**
 * The content check for `.mdx` entries (run by the rule rules/mdx-components.ts): compiles every body with the build's own MDX parser, so a stray `{` or
 * `<` is named with its file and line before any build, then checks each component against the list staff may use
 * (src/components/mdx/registry.ts): a known name, known props, required props present, allowed values, and ids that
 * exist in figures.yaml. Messages in English and Chinese, each saying what to do.
 */
import { idList, MDX_COMPONENTS, type ComponentSpec, type MdxComponentName } from '../../../src/components/mdx/registry.ts';
import { parseMdx } from '../../../src/model/mdx-usage.ts';
import type { Problem } from './problems.ts';

/** The kinds of problem the MDX check reports (the rule rules/mdx-components.ts declares them). */
export const MDX_KINDS = ['mdx-syntax', 'mdx-unknown-component', 'mdx-unknown-prop', 'mdx-missing-prop', 'mdx-invalid-prop', 'unknown-figure'] as const;
export type MdxKind = (typeof MDX_KINDS)[number];

export interface MdxEntry {
  /** The file, relative to the project root. */
  file: string;
  body: string;
  /** The file line the body starts on. */
  bodyLine: number;
}

const NAMES = Object.keys(MDX_COMPONENTS).join(', ');
const GUIDE_EN = 'see "Components in .mdx pages" in docs/editing.en.md';
const GUIDE_ZH = '见 docs/editing.zh-cn.md 的“.mdx 页面中的组件”';

export function mdxProblems(entries: readonly MdxEntry[], known: { figures: ReadonlyMap<string, unknown> }): Problem<MdxKind>[] {
  const problems: Problem<MdxKind>[] = [];
  for (const { file, body, bodyLine } of entries) {
    const line = (bodyLineNumber: number) => bodyLine + bodyLineNumber - 1;
    const parsed = parseMdx(body);
    if (parsed.error) {
      problems.push({
        file,
        line: line(parsed.error.line),
        kind: 'mdx-syntax',
        severity: 'error',
        message: `the text cannot be read as MDX (column ${parsed.error.column}: ${parsed.error.reason}). In an .mdx page, \`{\` and \`<\` start a component or an expression: write \`\\{\` or \`&lt;\` for the character itself, and close every component (\`<Figure id="…" />\`, or \`<Callout>…</Callout>\`).`,
        messageZh: `正文无法按 MDX 读取（第 ${parsed.error.column} 列：${parsed.error.reason}）。在 .mdx 页面里，\`{\` 和 \`<\` 表示组件或表达式的开始：要写这两个字符本身，请写成 \`\\{\` 或 \`&lt;\`；每个组件都要闭合（\`<Figure id="…" />\`，或 \`<Callout>…</Callout>\`）。`,
      });
      continue;
    }
    for (const use of parsed.uses) {
      const at = line(use.line);
      const report = (kind: MdxKind, field: string, message: string, messageZh: string) =>
        problems.push({ file, line: at, field, kind, severity: 'error', message, messageZh });
      if (/^[a-z]/.test(use.name)) continue; // an HTML element such as <br />
      const spec = MDX_COMPONENTS[use.name as MdxComponentName] as ComponentSpec | undefined;
      if (!spec) {
        report('mdx-unknown-component', `<${use.name}>`, `<${use.name}> is not a component pages can use. Use one of ${NAMES} (${GUIDE_EN}), or check the spelling (capital letters count).`, `<${use.name}> 不是页面可用的组件。请使用 ${NAMES} 之一（${GUIDE_ZH}），或检查拼写（区分大小写）。`);
        continue;
      }
      const field = (prop: string) => `<${use.name} ${prop}>`;
      for (const prop of Object.keys(use.props)) {
        if (prop in spec.props) continue;
        const allowed = Object.keys(spec.props);
        report('mdx-unknown-prop', field(prop), `<${use.name}> has no \`${prop}\`: ${allowed.length ? `it takes ${allowed.map((p) => `\`${p}\``).join(', ')}` : 'it takes no props'}. Remove it or correct the name.`, `<${use.name}> 没有 \`${prop}\` 这一项：${allowed.length ? `可用的有 ${allowed.map((p) => `\`${p}\``).join('、')}` : '它不带任何参数'}。请删除或改正名称。`);
      }
      for (const [prop, propSpec] of Object.entries(spec.props)) {
        const value = use.props[prop];
        if (value === undefined) {
          if (propSpec.required) {
            report('mdx-missing-prop', field(prop), `<${use.name}> needs \`${prop}="…"\`, e.g. ${spec.example}.`, `<${use.name}> 必须写 \`${prop}="…"\`，例如 ${spec.example}。`);
          }
          continue;
        }
        if (typeof value !== 'string' || (!value.trim() && propSpec.required)) {
          report('mdx-invalid-prop', field(prop), `write \`${prop}\` as text in quotes, e.g. ${spec.example}.`, `\`${prop}\` 要写成带引号的文字，例如 ${spec.example}。`);
          continue;
        }
        const values = propSpec.ref === 'figures' || propSpec.list ? idList(value) : [value.trim()];
        for (const item of values) {
          if (propSpec.options && !propSpec.options.includes(item)) {
            report('mdx-invalid-prop', field(prop), `\`${prop}="${item}"\` is not allowed: use one of ${propSpec.options.join(', ')}.`, `\`${prop}="${item}"\` 不可用：请使用 ${propSpec.options.join('、')} 之一。`);
          }
          if (propSpec.ref && !known.figures.has(item)) {
            report('unknown-figure', field(prop), `figure "${item}" is not in src/content/figures/figures.yaml: add it there (with its source and date), or correct the id.`, `数据“${item}”不在 src/content/figures/figures.yaml 中：请先在那里添加（注明来源和日期），或改正编号。`);
          }
        }
      }
      if (!spec.children && use.hasChildren) {
        report('mdx-invalid-prop', `<${use.name}>`, `<${use.name}> takes no text inside: write it as one self-closing tag, ${spec.example}.`, `<${use.name}> 里面不放文字：请写成一个自闭合标签，如 ${spec.example}。`);
      }
    }
  }
  return problems;
}
