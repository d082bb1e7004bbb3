import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, type ProblemKind } from '../../scripts/lib/content-check';

const FIXTURES = 'tests/fixtures/content-errors';
const TODAY = new Date('2026-06-01T00:00:00Z');

/**
 * A fixture's project root: `valid/` is a small valid site; `cases/<name>/` holds only the files that put exactly
 * one mistake into it, laid over a copy of `valid/` in a temporary folder.
 */
const roots = new Map<string, string>();
function fixtureRoot(fixture: string): string {
  if (fixture === 'valid') return `${FIXTURES}/valid`;
  let root = roots.get(fixture);
  if (!root) {
    root = mkdtempSync(join(tmpdir(), `content-${fixture}-`));
    cpSync(`${FIXTURES}/valid`, root, { recursive: true });
    cpSync(`${FIXTURES}/cases/${fixture}`, root, { recursive: true });
    roots.set(fixture, root);
  }
  return root;
}
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));
const check = (fixture: string) => checkContent({ root: fixtureRoot(fixture), today: TODAY });

/**
 * One overlay per kind of mistake: each makes the valid fixture wrong in exactly one way. The check must find it,
 * name the file, line and field, and say what to do in both languages.
 */
const CASES: {
  fixture: string;
  kind: ProblemKind;
  severity: 'error' | 'warning';
  file: string;
  line: number | undefined;
  field?: string;
  says: RegExp;
}[] = [
  { fixture: 'yaml-syntax', kind: 'yaml-syntax', severity: 'error', file: 'news/en/2026-01-01-example.md', line: 2, says: /cannot be read.*quotes/ },
  { fixture: 'invalid-field', kind: 'invalid-field', severity: 'error', file: 'policies/en/example-policy.md', line: 11, field: 'level', says: /"county".*town, city, province, national/ },
  // A zh-hk file replaces the generated page: it is checked like every file staff write.
  { fixture: 'override-invalid-field', kind: 'invalid-field', severity: 'error', file: 'policies/zh-hk/example-policy.md', line: 11, field: 'level', says: /"county".*town, city, province, national/ },
  { fixture: 'missing-field', kind: 'missing-field', severity: 'error', file: 'policies/en/example-policy.md', line: 1, field: 'issuer', says: /`issuer` is required/ },
  { fixture: 'one-language', kind: 'one-language', severity: 'error', file: 'news/zh-cn/2026-02-01-only-chinese.md', line: undefined, says: /only in Chinese.*src\/content\/news\/en\/2026-02-01-only-chinese\.md/ },
  { fixture: 'untranslated', kind: 'untranslated', severity: 'warning', file: 'news/en/2026-01-01-example.md', line: 11, field: 'untranslated', says: /notice linking the Chinese page/ },
  { fixture: 'placeholder', kind: 'placeholder', severity: 'error', file: 'news/en/2026-01-01-example.md', line: 13, says: /TODO/ },
  { fixture: 'figure-without-source', kind: 'figure-without-source', severity: 'error', file: 'figures/figures.yaml', line: 1, field: 'example-figure.source', says: /no source: add `source:`/ },
  { fixture: 'figure-without-date', kind: 'figure-without-date', severity: 'error', file: 'figures/figures.yaml', line: 1, field: 'example-figure.asOf', says: /no date: add `asOf:`/ },
  { fixture: 'unknown-source', kind: 'unknown-source', severity: 'error', file: 'news/en/2026-01-01-example.md', line: 5, field: 'sources[0]', says: /"no-such-source" is not in src\/content\/sources\/sources\.yaml/ },
  { fixture: 'policy-expired-in-force', kind: 'policy-expired-in-force', severity: 'error', file: 'policies/en/example-policy.md', line: 21, field: 'status', says: /ended on 2025-12-31.*change status to expired/ },
  { fixture: 'review-date-passed', kind: 'review-date-passed', severity: 'warning', file: 'news/en/2026-01-01-example.md', line: 7, field: 'reviewBy', says: /due for review on 2026-03-31/ },
  { fixture: 'broken-link', kind: 'broken-link', severity: 'error', file: 'news/en/2026-01-01-example.md', line: 13, says: /\/en\/policies\/no-such-policy\/ leads to no page/ },
  { fixture: 'other-language-link', kind: 'other-language-link', severity: 'warning', file: 'news/en/2026-01-01-example.md', line: 13, says: /use \/en\/policies\/example-policy\// },
  { fixture: 'image-without-alt', kind: 'image-without-alt', severity: 'error', file: 'news/en/2026-01-01-example.md', line: 15, says: /\/images\/example\.svg has no alt text/ },
  { fixture: 'news-image-without-alt', kind: 'image-without-alt', severity: 'error', file: 'news/en/2026-01-01-example.md', line: 11, field: 'imageAlt', says: /add `imageAlt:`/ },
  { fixture: 'missing-image', kind: 'missing-image', severity: 'error', file: 'news/en/2026-01-01-example.md', line: 15, says: /no-such-file\.png is not there/ },
  { fixture: 'duplicate-slug', kind: 'duplicate-slug', severity: 'error', file: 'news/en/2026-01-01-example.mdx', line: undefined, says: /same address as .*2026-01-01-example\.md/ },
  { fixture: 'duplicate-id', kind: 'duplicate-slug', severity: 'error', file: 'figures/figures.yaml', line: 7, field: 'example-figure.id', says: /"example-figure" is used twice \(first on line 1\)/ },
];

describe('check:content on fixtures, one mistake each', () => {
  it('finds nothing wrong in the valid fixture', () => {
    expect(check('valid')).toEqual([]);
  });

  it('has a test case for every fixture folder', () => {
    const folders = readdirSync(`${FIXTURES}/cases`).sort();
    expect(CASES.map((c) => c.fixture).sort()).toEqual(folders);
  });

  for (const c of CASES) {
    it(`${c.fixture}: reports ${c.kind} with file, line, field and what to do`, () => {
      const problems = check(c.fixture);
      expect(problems.map((p) => p.kind)).toEqual([c.kind]);
      const [problem] = problems;
      expect(problem!.severity).toBe(c.severity);
      expect(problem!.file).toBe(`src/content/${c.file}`);
      expect(problem!.line).toBe(c.line);
      expect(problem!.field).toBe(c.field);
      expect(problem!.message).toMatch(c.says);
      expect(problem!.messageZh).toMatch(/[\u4e00-\u9fff]/);
    });
  }

  it('passes the real content with no errors', () => {
    expect(checkContent({ root: '.' }).filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('npm run check:content', { timeout: 30_000 }, () => {
  const run = (fixture: string) => {
    try {
      const stdout = execFileSync(process.execPath, ['scripts/check-content.ts'], {
        env: { ...process.env, CONTENT_ROOT: fixtureRoot(fixture) },
        encoding: 'utf8',
      });
      return { code: 0, stdout };
    } catch (error) {
      const e = error as { status: number; stdout: string; stderr: string };
      return { code: e.status, stdout: e.stdout + e.stderr };
    }
  };

  it('fails with a short message, not a stack trace', () => {
    const { code, stdout } = run('policy-expired-in-force');
    expect(code).toBe(1);
    expect(stdout).toContain('✗ src/content/policies/en/example-policy.md:21 (status)');
    expect(stdout).toContain('该政策已于 2025-12-31 到期');
    expect(stdout).toContain('1 problem(s) to fix before publishing');
    expect(stdout).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  it('passes with warnings only', () => {
    const { code, stdout } = run('untranslated');
    expect(code).toBe(0);
    expect(stdout).toContain('! src/content/news/en/2026-01-01-example.md:11 (untranslated)');
  });
});
