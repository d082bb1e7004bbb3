/**
 * The editor's guide works: following its worked examples (npm run new, then the files as the guide shows them)
 * on a copy of the real content gives a bilingual news item and policy, a source and a figure that pass the
 * content check. And the guide explains every field there is, in both languages.
 */
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../scripts/lib/content-check';
import { createEntry } from '../../scripts/lib/new-entry';
import { FIELD_HELP } from '../../src/schemas/field-help';
import { mdxProblems } from '../../scripts/lib/content-check/mdx-check';
import { MDX_COMPONENTS } from '../../src/components/mdx/registry';

const GUIDES = ['docs/editing.en.md', 'docs/editing.zh-cn.md'];
const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** Code blocks marked ```md file=<path> (write the file) or ```yaml append=<path> (add to the file). */
function exampleBlocks(guide: string) {
  const text = readFileSync(guide, 'utf8');
  return [...text.matchAll(/^```\w+ (file|append)=(\S+)\n([\s\S]*?)^```$/gm)].map((m) => ({
    mode: m[1] as 'file' | 'append',
    path: m[2]!,
    content: m[3]!,
  }));
}

for (const guide of GUIDES) {
  describe(guide, { timeout: 30_000 }, () => {
    it('walks an editor through a bilingual news item and policy that pass the content check', { timeout: 60_000 }, () => {
      const root = mkdtempSync(join(tmpdir(), 'guide-'));
      roots.push(root);
      cpSync('src/content', join(root, 'src/content'), { recursive: true });
      cpSync('public', join(root, 'public'), { recursive: true });
      const today = new Date('2026-12-01T00:00:00Z');
      const commands = [...readFileSync(guide, 'utf8').matchAll(/npm run new -- (\S+) (\S+)/g)];
      expect(commands.map((m) => m[1])).toEqual(['news', 'policies']);
      for (const [, collection, slug] of commands) createEntry({ root, collection: collection!, slug: slug!, today });

      const blocks = exampleBlocks(guide);
      const written = blocks.filter((b) => b.mode === 'file').map((b) => b.path);
      expect(written.sort()).toEqual([
        'src/content/news/en/2026-12-01-example-open-day.md',
        'src/content/news/zh-cn/2026-12-01-example-open-day.md',
        'src/content/policies/en/example-factory-upgrade-2026.md',
        'src/content/policies/zh-cn/example-factory-upgrade-2026.md',
      ]);
      for (const block of blocks) {
        const target = join(root, block.path);
        expect(existsSync(target), block.path).toBe(true);
        if (block.mode === 'file') writeFileSync(target, block.content);
        else appendFileSync(target, block.content);
      }

      const problems = checkContent({ root, today });
      expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(problems.filter((p) => p.file.includes('example'))).toEqual([]);
    });

    it('shows every MDX component, with worked examples that pass the content check', () => {
      const text = readFileSync(guide, 'utf8');
      for (const name of Object.keys(MDX_COMPONENTS)) expect(text, name).toContain(`| \`${name}\` |`);
      const examples = [...text.matchAll(/^```mdx example\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
      expect(examples.length).toBeGreaterThanOrEqual(4);
      const figures = new Map(checkContentFigures().map((id) => [id, {}]));
      const problems = mdxProblems(examples.map((body, i) => ({ file: `example ${i + 1}`, body, bodyLine: 1 })), { figures });
      expect(problems).toEqual([]);
      const used = new Set(examples.flatMap((body) => [...body.matchAll(/<([A-Z]\w+)/g)].map((m) => m[1])));
      expect(used.size).toBeGreaterThanOrEqual(5);
    });

    it('says what the check cannot catch, and what to do when a save does not show up', () => {
      const text = readFileSync(guide, 'utf8');
      expect(text).toMatch(guide.endsWith('en.md') ? /### What the check cannot catch/ : /### 检查发现不了的问题/);
      expect(text).toMatch(guide.endsWith('en.md') ? /### When a save doesn't show up/ : /### 保存后看不到修改/);
    });

    it('has no garbled characters (control codes left by text encoded twice)', () => {
      const lines = readFileSync(guide, 'utf8').split('\n');
      expect(lines.flatMap((line, index) => (/[\u0080-\u009f\ufffd]/.test(line) ? [`${guide}:${index + 1}: ${line}`] : []))).toEqual([]);
    });

    it('explains every field', () => {
      const text = readFileSync(guide, 'utf8');
      const fields = new Set(Object.keys(FIELD_HELP).map((key) => key.split('.').at(-1)!));
      for (const field of ['zh-cn', 'en', 'x', 'y']) fields.delete(field);
      const missing = [...fields].filter((field) => !text.includes(`\`${field}\``));
      expect(missing).toEqual([]);
    });
  });
}

/** The ids of the real key figures. */
function checkContentFigures(): string[] {
  return [...readFileSync('src/content/figures/figures.yaml', 'utf8').matchAll(/^- id: ([a-z0-9-]+)$/gm)].map((m) => m[1]!);
}
