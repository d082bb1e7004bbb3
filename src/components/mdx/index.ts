/**
 * The components map every entry body is rendered with (src/layouts/EntryLayout.astro and the home page): the
 * names staff write in `.mdx` files. What each takes is in ./registry.ts, which the content check validates against.
 */
import type { MdxComponentName } from './registry';
import Callout from './Callout.astro';
import Figure from './Figure.astro';
import FigureChart from './FigureChart.astro';
import FigureGrid from './FigureGrid.astro';
import FigureTable from './FigureTable.astro';
import FocusCards from './FocusCards.astro';
import PolicyList from './PolicyList.astro';
import SectionLinks from './SectionLinks.astro';
import SiteList from './SiteList.astro';

export const MDX_COMPONENT_MAP: Record<MdxComponentName, unknown> = {
  Callout,
  Figure,
  FigureChart,
  FigureGrid,
  FigureTable,
  FocusCards,
  PolicyList,
  SectionLinks,
  SiteList,
};
