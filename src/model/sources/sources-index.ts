/**
 * Which pages cite which source. Every page that lists a source in its `sources` field cites it, and so does every
 * page that shows a key figure taken from it. The sources page uses this to list, under each source, the pages
 * that rely on it. Plain functions over plain data, so the logic is tested without a build.
 */

/** A page that cites sources, in one language. */
export interface Citer {
  /** Locale-neutral page path (`policies/foo`); `''` is the home page. */
  path: string;
  /** A fragment of the page (`key-figures`), when only a part of it cites. */
  hash?: string | undefined;
  /** The page's title, in the page's language. */
  title: string;
  /** Source ids it lists. */
  sources?: readonly string[];
  /** Key-figure ids it shows; each one cites the figure's source. */
  figures?: readonly string[];
}

/** What the index needs to know about a key figure. */
export interface FigureSource {
  id: string;
  source: string;
}

/** A page citing a source, as shown on the sources page. */
export interface CitingPage {
  path: string;
  hash?: string | undefined;
  title: string;
}

/**
 * For each source id (in the order given), the pages citing it, each once, sorted by path.
 * Throws on a source or figure id that does not exist, naming the page, so a typo never goes unseen.
 */
export function buildSourceIndex(
  sourceIds: readonly string[],
  citers: readonly Citer[],
  figures: readonly FigureSource[],
): Map<string, CitingPage[]> {
  const index = new Map<string, Map<string, CitingPage>>(sourceIds.map((id) => [id, new Map()]));
  const figureSource = new Map(figures.map((figure) => [figure.id, figure.source]));
  const cite = (sourceId: string, citer: Citer, via: string) => {
    const pages = index.get(sourceId);
    if (!pages) throw new Error(`Unknown source "${sourceId}" cited by /${citer.path} (${via})`);
    const key = `${citer.path}#${citer.hash ?? ''}`;
    if (!pages.has(key)) pages.set(key, { path: citer.path, hash: citer.hash, title: citer.title });
  };
  for (const citer of citers) {
    for (const id of citer.sources ?? []) cite(id, citer, 'sources');
    for (const figureId of citer.figures ?? []) {
      const sourceId = figureSource.get(figureId);
      if (!sourceId) throw new Error(`Unknown key figure "${figureId}" shown on /${citer.path}`);
      cite(sourceId, citer, `figure ${figureId}`);
    }
  }
  return new Map(
    [...index].map(([id, pages]) => [id, [...pages.values()].sort((a, b) => citingKey(a).localeCompare(citingKey(b)))]),
  );
}

function citingKey(page: CitingPage): string {
  return `${page.path}#${page.hash ?? ''}`;
}

/** Source ids that no page cites: candidates for removal, or for a page that should cite them. */
export function uncitedSources(index: Map<string, CitingPage[]>): string[] {
  return [...index].filter(([, pages]) => pages.length === 0).map(([id]) => id);
}

/** The locale-neutral path of a Markdown entry's page: `policies/<slug>`, or `<kind>` for the single pages. */
export function entryPagePath(collection: string, slug: string): string {
  return collection === 'pages' ? slug : `${collection}/${slug}`;
}

/**
 * Every source id named anywhere in a piece of data: `source: id` and `sources: [ids]` fields at any depth (an
 * entry's timeline and agreement, and the transport diagram's connections and routes).
 */
export function collectSourceIds(value: unknown, found: Set<string> = new Set()): string[] {
  if (Array.isArray(value)) {
    for (const item of value) collectSourceIds(item, found);
  } else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, child] of Object.entries(value)) {
      if ((key === 'source' || key === 'coordSource') && typeof child === 'string') found.add(child);
      else if (key === 'sources' && Array.isArray(child)) child.forEach((id) => typeof id === 'string' && found.add(id));
      else collectSourceIds(child, found);
    }
  }
  return [...found];
}
