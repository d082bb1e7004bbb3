import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, type ProblemKind } from '../../scripts/lib/content-check';
import { CONTENT_ERRORS, fixtureRoot, removeFixtureRoots } from './support/content-errors';

const TODAY = new Date('2026-06-01T00:00:00Z');
const MDX_FILE = 'news/en/2026-01-02-components.mdx';

afterAll(removeFixtureRoots);
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
  /** How many editions make the mistake (each is reported); the first reported is the one described. */
  editions?: number;
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
  { fixture: 'policy-expired-in-force', kind: 'policy-expired-in-force', severity: 'error', file: 'policies/zh-cn/example-policy.md', line: 21, field: 'status', says: /ended on 2025-12-31.*change status to expired/, editions: 2 },
  { fixture: 'review-date-passed', kind: 'review-date-passed', severity: 'warning', file: 'news/en/2026-01-01-example.md', line: 7, field: 'reviewBy', says: /due for review on 2026-03-31/ },
  { fixture: 'broken-link', kind: 'broken-link', severity: 'error', file: 'news/en/2026-01-01-example.md', line: 13, says: /\/en\/policies\/no-such-policy\/ leads to no page/ },
  { fixture: 'other-language-link', kind: 'other-language-link', severity: 'warning', file: 'news/en/2026-01-01-example.md', line: 13, says: /use \/en\/policies\/example-policy\// },
  { fixture: 'image-without-alt', kind: 'image-without-alt', severity: 'error', file: 'news/en/2026-01-01-example.md', line: 15, says: /\/images\/example\.svg has no alt text/ },
  { fixture: 'news-image-without-alt', kind: 'image-without-alt', severity: 'error', file: 'news/en/2026-01-01-example.md', line: 11, field: 'imageAlt', says: /add `imageAlt:`/ },
  { fixture: 'missing-image', kind: 'missing-image', severity: 'error', file: 'news/en/2026-01-01-example.md', line: 15, says: /no-such-file\.png is not there/ },
  { fixture: 'duplicate-slug', kind: 'duplicate-slug', severity: 'error', file: 'news/en/2026-01-01-example.mdx', line: undefined, says: /same address as .*2026-01-01-example\.md/ },
  { fixture: 'unknown-policy', kind: 'unknown-policy', severity: 'error', file: 'policies/zh-cn/example-policy.md', line: 23, field: 'supersededBy', says: /no other policy src\/content\/policies\/zh-cn\/no-such-policy\.md/, editions: 2 },
  { fixture: 'rules-differ', kind: 'rules-differ', severity: 'error', file: 'policies/en/example-policy.md', line: 23, field: 'rules', says: /differ from src\/content\/policies\/zh-cn\/example-policy\.md.*same numbers/ },
  { fixture: 'reserved-slug', kind: 'invalid-field', severity: 'error', file: 'policies/zh-cn/finder.md', line: undefined, field: 'file name', says: /\/zh-cn\/policies\/finder\/ is already the address of another page/ },
  { fixture: 'typography', kind: 'typography', severity: 'error', file: 'news/zh-cn/2026-01-01-example.md', line: 13, field: 'text', says: /half-width ",".*full-width "，"/ },
  { fixture: 'duplicate-id', kind: 'duplicate-slug', severity: 'error', file: 'figures/figures.yaml', line: 7, field: 'example-figure.id', says: /"example-figure" is used twice \(first on line 1\)/ },
  // .mdx pages: the valid fixture's 2026-01-02-components.mdx with one broken line added (line 19).
  { fixture: 'mdx-syntax', kind: 'mdx-syntax', severity: 'error', file: MDX_FILE, line: 19, says: /cannot be read as MDX.*write `\\\{`/s },
  { fixture: 'mdx-unknown-component', kind: 'mdx-unknown-component', severity: 'error', file: MDX_FILE, line: 19, field: '<Chart>', says: /<Chart> is not a component.*Figure, FigureGrid/ },
  { fixture: 'mdx-unknown-prop', kind: 'mdx-unknown-prop', severity: 'error', file: MDX_FILE, line: 19, field: '<Figure size>', says: /has no `size`: it takes `id`/ },
  { fixture: 'mdx-missing-prop', kind: 'mdx-missing-prop', severity: 'error', file: MDX_FILE, line: 19, field: '<FigureChart title>', says: /needs `title="…"`/ },
  { fixture: 'mdx-invalid-prop', kind: 'mdx-invalid-prop', severity: 'error', file: MDX_FILE, line: 19, field: '<Callout type>', says: /`type="warning"` is not allowed: use one of note, important, example/ },
  { fixture: 'mdx-unknown-figure', kind: 'unknown-figure', severity: 'error', file: MDX_FILE, line: 19, field: '<FigureGrid ids>', says: /"no-such-figure" is not in src\/content\/figures\/figures\.yaml/ },
  // Chinese-keyboard slips, named by character, line and column, with the YAML reader's reason.
  { fixture: 'slip-fullwidth-colon', kind: 'yaml-slip', severity: 'error', file: 'news/zh-cn/2026-01-01-example.md', line: 2, field: 'title', says: /line 2, column 6: FULLWIDTH COLON "：" \(U\+FF1A\) after `title`.*`title: `.*YAML reader says/ },
  { fixture: 'slip-curly-quotes', kind: 'yaml-slip', severity: 'error', file: 'news/zh-cn/2026-01-01-example.md', line: 2, field: 'title', says: /column 8: the value starts with LEFT DOUBLE QUOTATION MARK "“" \(U\+201C\).*straight quotes/ },
  { fixture: 'slip-fullwidth-space', kind: 'yaml-slip', severity: 'error', file: 'news/zh-cn/2026-01-01-example.md', line: 5, says: /column 1: IDEOGRAPHIC SPACE "　" \(U\+3000\) in the indentation.*spaces/ },
  { fixture: 'slip-tab-indent', kind: 'yaml-slip', severity: 'error', file: 'figures/figures.yaml', line: 2, field: 'label', says: /TAB "→" \(U\+0009\) in the indentation.*spaces \(two per level\).*YAML reader says/ },
  // Impossible calendar dates: refused by the schema (the build's too), not rolled over.
  { fixture: 'impossible-date', kind: 'invalid-field', severity: 'error', file: 'news/en/2026-01-01-example.md', line: 8, field: 'date', says: /2024-13-45 is not a real date: there is no month 13/ },
  { fixture: 'impossible-date-feb', kind: 'invalid-field', severity: 'error', file: 'policies/en/example-policy.md', line: 9, field: 'issued', says: /2023-02-30 is not a real date: month 2 of 2023 has 28 days/ },
  { fixture: 'impossible-date-quoted', kind: 'invalid-field', severity: 'error', file: 'figures/figures.yaml', line: 5, field: 'example-figure.asOf', says: /2023-02-29 is not a real date/ },
  { fixture: 'shared-field-mismatch', kind: 'shared-field-mismatch', severity: 'error', file: 'news/en/2026-01-01-example.md', line: 8, field: 'date', says: /`date` is 2026-01-02 here but 2026-01-01 in the Chinese edition \(src\/content\/news\/zh-cn\/2026-01-01-example\.md\)/ },
  { fixture: 'unbalanced-html', kind: 'unbalanced-html', severity: 'error', file: 'news/en/2026-01-01-example.md', line: 15, says: /<div> is opened here and never closed: add <\/div>/ },
  { fixture: 'title-too-long', kind: 'title-too-long', severity: 'error', file: 'news/en/2026-01-01-example.md', line: 2, field: 'title', says: /has 102 characters; at most 90/ },
  { fixture: 'title-2000', kind: 'invalid-field', severity: 'error', file: 'news/en/2026-01-01-example.md', line: 2, field: 'title', says: /too long: at most 200 characters/ },
  { fixture: 'scheduled-news', kind: 'scheduled', severity: 'warning', file: 'news/zh-cn/2026-01-01-example.md', line: 8, field: 'date', says: /scheduled for 2026-09-01: .*stays off the site until/ },
  { fixture: 'relative-link', kind: 'relative-link', severity: 'error', file: 'news/en/2026-01-01-example.md', line: 13, says: /\.\.\/news\/ is written relative to this page/ },
  { fixture: 'link-without-slash', kind: 'link-without-slash', severity: 'error', file: 'news/en/2026-01-01-example.md', line: 13, says: /\/en\/news has no slash at the end: write \/en\/news\// },
  { fixture: 'own-domain-link', kind: 'own-domain-link', severity: 'error', file: 'news/en/2026-01-01-example.md', line: 13, says: /names the site's own domain: write it from the root, \/en\/news\// },
  { fixture: 'unknown-field', kind: 'unknown-field', severity: 'error', file: 'news/en/2026-01-01-example.md', line: 9, field: 'slug', says: /`slug` is not a field.*address comes from the file name/ },
  { fixture: 'unknown-figure-in-code', kind: 'unknown-figure', severity: 'error', file: 'src/config/home.ts', line: 4, says: /names figure "no-such-figure", which is not in src\/content\/figures\/figures\.yaml/ },
  { fixture: 'image-file-name', kind: 'image-file-name', severity: 'error', file: 'news/en/2026-01-01-example.md', line: 15, says: /"签约 仪式\.jpg" has spaces.*rename the file/ },
];

describe('check:content on fixtures, one mistake each', () => {
  it('finds nothing wrong in the valid fixture', () => {
    expect(check('valid')).toEqual([]);
  });

  it('has a test case for every fixture folder', () => {
    const folders = readdirSync(`${CONTENT_ERRORS}/cases`).sort();
    expect(CASES.map((c) => c.fixture).sort()).toEqual(folders);
  });

  for (const c of CASES) {
    it(`${c.fixture}: reports ${c.kind} with file, line, field and what to do`, () => {
      const problems = check(c.fixture);
      expect(problems.map((p) => p.kind)).toEqual(Array(c.editions ?? 1).fill(c.kind));
      const [problem] = problems;
      expect(problem!.severity).toBe(c.severity);
      expect(problem!.file).toBe(c.file.startsWith('src/') ? c.file : `src/content/${c.file}`);
      expect(problem!.line).toBe(c.line);
      expect(problem!.field).toBe(c.field);
      expect(problem!.message).toMatch(c.says);
      expect(problem!.messageZh).toMatch(/[\u4e00-\u9fff]/);
    });
  }

  it('passes the real content with no errors', { timeout: 60_000 }, () => {
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
    expect(stdout).toContain('2 problem(s) to fix before publishing');
    expect(stdout).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  it('passes with warnings only', () => {
    const { code, stdout } = run('untranslated');
    expect(code).toBe(0);
    expect(stdout).toContain('! src/content/news/en/2026-01-01-example.md:11 (untranslated)');
  });
});
