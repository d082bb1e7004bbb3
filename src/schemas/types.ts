/**
 * The data types of the content, inferred from the schemas (never written by hand): what a collection entry's
 * `data` holds once the build has checked it. Plain code outside Astro (the open-data records, the charts) takes
 * these, or a `Pick` of them.
 */
import type { z } from 'astro/zod';
import type { figureSchema, industrySchema, pageSchema, policySchema, siteSchema, sourceSchema } from './collections.ts';
import type { townLandmark, transportLink, transportNode, transportRoute } from './section-data.ts';

/** A key figure (src/content/figures/figures.yaml). */
export type FigureData = z.infer<typeof figureSchema>;
/** A cited source (src/content/sources/sources.yaml). */
export type SourceData = z.infer<typeof sourceSchema>;
export type IndustryData = z.infer<typeof industrySchema>;
export type PolicyData = z.infer<typeof policySchema>;
export type SiteData = z.infer<typeof siteSchema>;
export type PageData = z.infer<typeof pageSchema>;
export type TownLandmarkData = z.infer<typeof townLandmark>;
export type TransportNodeData = z.infer<typeof transportNode>;
export type TransportLinkData = z.infer<typeof transportLink>;
export type TransportRouteData = z.infer<typeof transportRoute>;
