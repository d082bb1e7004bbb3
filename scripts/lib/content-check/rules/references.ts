/**
 * Ids that must exist in the data files: the `sources` and `figures` an entry lists, and the `source` of each key
 * figure.
 */
import { defineRule } from '../rule.ts';

const SOURCES_FILE = 'src/content/sources/sources.yaml';
const FIGURES_FILE = 'src/content/figures/figures.yaml';

const unknownSource = (id: string) => ({
  kind: 'unknown-source' as const,
  message: `source "${id}" is not in ${SOURCES_FILE}: add the source there first, or correct the id.`,
  messageZh: `来源“${id}”不在 ${SOURCES_FILE} 中：请先在那里添加该来源，或改正编号。`,
});
const unknownFigure = (id: string) => ({
  kind: 'unknown-figure' as const,
  message: `figure "${id}" is not in ${FIGURES_FILE}: add it there (with its source and date), or correct the id.`,
  messageZh: `数据“${id}”不在 ${FIGURES_FILE} 中：请先在那里添加（注明来源和日期），或改正编号。`,
});

export default defineRule({
  name: 'references',
  kinds: ['unknown-source', 'unknown-figure'],
  check({ data, entries }, report) {
    const figures = data.figures;
    for (const item of figures.items) {
      const source = (item.value as { source?: unknown } | null)?.source;
      if (typeof source === 'string' && !data.sources.ids.has(source)) {
        report({
          file: figures.file,
          field: `${item.id}.source`,
          line: figures.lineOf(item.index, ['source']),
          severity: 'error',
          ...unknownSource(source),
        });
      }
    }
    const lists = [
      { field: 'sources', known: data.sources.ids, problem: unknownSource },
      { field: 'figures', known: data.figures.ids, problem: unknownFigure },
    ];
    for (const { file, parsed, unwritten } of entries) {
      for (const { field, known, problem } of lists) {
        const ids = parsed.data[field];
        if (!Array.isArray(ids) || unwritten.has(field)) continue;
        ids.forEach((id, index) => {
          if (typeof id !== 'string' || known.has(id)) return;
          report({ file, field: `${field}[${index}]`, line: parsed.lineOf([field, index]), severity: 'error', ...problem(id) });
        });
      }
    }
  },
});
