import { describe, expect, it } from 'vitest';
import { checkContent } from '../../scripts/lib/content-check';
import { MDX_COMPONENTS } from '../../src/components/mdx/registry';
import { figureIdsInMdx, parseMdx } from '../../src/lib/mdx-usage';

const FIXTURES = 'tests/fixtures/mdx-errors';
const TODAY = new Date('2026-06-01T00:00:00Z');
const check = (fixture: string) => checkContent({ root: `${FIXTURES}/${fixture}`, today: TODAY });
const FILE = 'src/content/news/en/2026-01-02-components.mdx';

/** One fixture per mistake: the valid fixture's .mdx page with one broken line added (line 19). */
const CASES = [
  { fixture: 'mdx-syntax', kind: 'mdx-syntax', line: 19, says: /cannot be read as MDX.*write `\\\{`/s },
  { fixture: 'mdx-unknown-component', kind: 'mdx-unknown-component', line: 19, field: '<Chart>', says: /<Chart> is not a component.*Figure, FigureGrid/ },
  { fixture: 'mdx-unknown-prop', kind: 'mdx-unknown-prop', line: 19, field: '<Figure size>', says: /has no `size`: it takes `id`/ },
  { fixture: 'mdx-missing-prop', kind: 'mdx-missing-prop', line: 19, field: '<FigureChart title>', says: /needs `title="…"`/ },
  { fixture: 'mdx-invalid-prop', kind: 'mdx-invalid-prop', line: 19, field: '<Callout type>', says: /`type="warning"` is not allowed: use one of note, important, example/ },
  { fixture: 'unknown-figure', kind: 'unknown-figure', line: 19, field: '<FigureGrid ids>', says: /"no-such-figure" is not in src\/content\/figures\/figures\.yaml/ },
] as const;

describe('check:content on .mdx pages', () => {
  it('accepts the valid page', () => {
    expect(check('valid')).toEqual([]);
  });

  for (const c of CASES) {
    it(`${c.fixture}: reports ${c.kind} with file, line, the component and what to do, in both languages`, () => {
      const problems = check(c.fixture);
      expect(problems.map((p) => p.kind)).toEqual([c.kind]);
      const [problem] = problems;
      expect(problem).toMatchObject({ file: FILE, line: c.line, severity: 'error' });
      expect(problem!.field).toBe('field' in c ? c.field : undefined);
      expect(problem!.message).toMatch(c.says);
      expect(problem!.messageZh).toMatch(/[\u4e00-\u9fff]/);
    });
  }

  it('passes the real .mdx pages', () => {
    const problems = checkContent({ root: '.' }).filter((p) => p.file.endsWith('.mdx'));
    expect(problems).toEqual([]);
  });
});

describe('reading .mdx bodies', () => {
  it('lists components with their props and lines', () => {
    const { uses } = parseMdx('Text\n\n<FigureGrid ids="a, b" />\n\nAnd <Figure id="c" /> inline.\n');
    expect(uses).toEqual([
      { name: 'FigureGrid', line: 3, props: { ids: 'a, b' }, hasChildren: false },
      { name: 'Figure', line: 5, props: { id: 'c' }, hasChildren: false },
    ]);
    expect(figureIdsInMdx('<FigureGrid ids="a, b" />\n\n<Figure id="c" />\n')).toEqual(['a', 'b', 'c']);
  });

  it('gives the line of a syntax error', () => {
    expect(parseMdx('one\n\ntwo < three <Foo\n').error?.line).toBe(3);
  });

  it('documents every component with an example that passes the check', () => {
    for (const [name, spec] of Object.entries(MDX_COMPONENTS)) {
      const { uses, error } = parseMdx(spec.example);
      expect(error, name).toBeUndefined();
      expect(uses[0]?.name).toBe(name);
    }
  });
});
