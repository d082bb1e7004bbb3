/**
 * Figure, source and site ids written in the site's code (src/**\/*.ts, *.astro, outside src/content): the
 * home page's figure lists (`HOME_FIGURES = ['gdp-2023', …]`), `source: '<id>'` in configuration, and component
 * props (`figure="gdp-2023"`, `figures={['a', 'b']}`, `ids={[…]}`, `site="…"`). Pure over file text, with lines.
 */

export interface CodeReference {
  kind: 'figure' | 'source' | 'site';
  id: string;
  line: number;
}

const QUOTED = /['"]([a-z0-9][a-z0-9-]*)['"]/g;

export function codeReferences(text: string): CodeReference[] {
  const found: CodeReference[] = [];
  const lineAt = (offset: number) => text.slice(0, offset).split('\n').length;
  const listed = (kind: CodeReference['kind'], list: string, offset: number) => {
    for (const m of list.matchAll(QUOTED)) found.push({ kind, id: m[1]!, line: lineAt(offset + m.index!) });
  };
  // const HOME_FIGURES = [...] / figures: [...] / figures={[...]} / ids={[...]}
  for (const m of text.matchAll(/\b(?:[A-Z_]*FIGURES|figures|figureIds|ids)\b\s*(?:=\s*\{?|:)\s*\[([^\]]*)\]/g)) {
    listed('figure', m[1]!, m.index! + m[0].indexOf('[') + 1);
  }
  for (const m of text.matchAll(/\b(figure|source|site)(?:Id)?\s*(?:=\s*\{?\s*|:\s*)(['"])([a-z0-9][a-z0-9-]*)\2/g)) {
    found.push({ kind: m[1] as CodeReference['kind'], id: m[3]!, line: lineAt(m.index!) });
  }
  return found;
}
