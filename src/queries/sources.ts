/** Sources and key figures: look-ups shared by the components that cite them (Astro-only). */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';

export type Source = CollectionEntry<'sources'>;
export type Figure = CollectionEntry<'figures'>;

export async function getSource(id: string): Promise<Source> {
  const source = await getEntry('sources', id);
  if (!source) throw new Error(`Unknown source id "${id}": add it to src/content/sources/sources.yaml`);
  return source;
}

export async function getSources(ids: readonly string[]): Promise<Source[]> {
  return Promise.all([...new Set(ids)].map(getSource));
}

export async function getFigure(id: string): Promise<Figure> {
  const figure = await getEntry('figures', id);
  if (!figure) throw new Error(`Unknown figure id "${id}": add it to src/content/figures/figures.yaml`);
  return figure;
}

export async function getFigures(ids: readonly string[]): Promise<Figure[]> {
  return Promise.all(ids.map(getFigure));
}

export async function allFigures(): Promise<Figure[]> {
  return getCollection('figures');
}
