/**
 * `.mdx` entries: every body compiled with the build's MDX parser, and every component checked against the list
 * staff may use (src/components/mdx/registry.ts): name, props, allowed values and figure ids (see ../mdx-check.ts).
 */
import { MDX_KINDS, mdxProblems } from '../mdx-check.ts';
import { defineRule } from '../rule.ts';

export default defineRule({
  name: 'mdx-components',
  kinds: MDX_KINDS,
  check({ entries, data }, report) {
    const mdx = entries.filter((entry) => entry.file.endsWith('.mdx') && entry.parsed.hasFrontmatter);
    const found = mdxProblems(
      mdx.map(({ file, parsed }) => ({ file, body: parsed.body, bodyLine: parsed.bodyLine })),
      { figures: data.figures.ids },
    );
    // An unreadable figures.yaml is reported once by the data-file rules; its ids are then unknown, not missing.
    found.filter((problem) => !data.figures.yamlError || problem.kind !== 'unknown-figure').forEach(report);
  },
});
