import { describe, expect, it } from 'vitest';
import { checkContent } from '../../scripts/lib/content-check';
import { MDX_COMPONENTS } from '../../src/components/mdx/registry';
import { figureIdsInMdx, parseMdx } from '../../src/model/mdx-usage';

describe('check:content on .mdx pages', () => {
  // One overlay per MDX mistake is in tests/fixtures/content-errors/cases/mdx-* (see content-check.test.ts).
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
