/**
 * Schemas for the data behind the section pages: the cooperation zone's agreement card and timeline (frontmatter
 * of src/content/pages/<lang>/cooperation-zone.md) and the transport network diagram
 * (src/content/transport/transport.yaml). Every field carries JSDoc for editors.
 */
import { z } from 'astro/zod';
import { impossibleDate } from './calendar-date.ts';
import { isoDate, localizedText, sourceId } from './shared.ts';

/**
 * A date known to a year, a month or a day, written `1987`, `1985-07` or `2023-02-22`.
 * YAML may read `1987` as a number and `2023-02-22` as a date; both are accepted and kept as text.
 */
export const partialDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'number' ? String(value) : value),
  z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'write the date as YYYY, YYYY-MM or YYYY-MM-DD')
    .refine((text) => !impossibleDate(text.length === 7 ? `${text}-01` : text), 'not a real date (check the month and the day)'),
);

/** One party to an agreement. */
export const agreementParty = z.object({
  /** The party's name, in the page's language (add the Chinese name in brackets on the English page if useful). */
  name: z.string().min(1),
  /** A few words on who the party is, e.g. "town government". */
  role: z.string().optional(),
});

/** The agreement shown as a card at the top of the cooperation-zone page. */
export const agreement = z.object({
  /** The agreement's title as signed, in the page's language. */
  title: z.string().min(1),
  /** The title in the original language, when the page is in another one. */
  originalTitle: z.string().optional(),
  /** The day it was signed (YYYY-MM-DD). */
  signed: isoDate,
  /** The parties that signed it, usually two. */
  parties: z.array(agreementParty).min(2, 'name both parties'),
  /** Id of the source that reports the signing. */
  source: sourceId,
});

/** One event of a page's timeline. */
export const timelineItem = z.object({
  /** When it happened: YYYY, YYYY-MM or YYYY-MM-DD, only as precisely as the source says. */
  date: partialDate,
  /** What happened, in one or two sentences, in the page's language. */
  text: z.string().min(1),
  /** Ids of the sources that report it. Leave empty only for an editorial note (e.g. "no news since"). */
  sources: z.array(sourceId).default([]),
});

/** Kinds of place in the transport diagram. */
export const NODE_KINDS = ['hub', 'city', 'station', 'port', 'direction'] as const;
/** Kinds of connection in the transport diagram; each has its own line style and legend entry. */
export const LINK_MODES = ['rail', 'intercity', 'high-speed', 'metro', 'expressway', 'road', 'freight'] as const;
/** Whether a connection runs today; `planned` for one only in a plan (drawn thin and dotted, never as running). */
export const LINK_STATUSES = ['open', 'planned', 'suspended', 'closed'] as const;

/** A place in the transport diagram (src/content/transport/transport.yaml, `type: node`); each has a short `id`. */
export const transportNode = z.object({
  /** `node` for a place. */
  type: z.literal('node'),
  /** How it is drawn: `hub` is Changping itself, `direction` a place the line leads towards (drawn at the edge). */
  kind: z.enum(NODE_KINDS),
  /** Its name in every edition. */
  name: localizedText,
  /** A short second line under the name, e.g. "4 railway stations". */
  note: localizedText.optional(),
  /** Position in the schematic diagram, 0–100 from the left and from the top. Not to scale. */
  x: z.number().min(0).max(100),
  /** See `x`. */
  y: z.number().min(0).max(100),
  /** Which side of the symbol its name goes. */
  label: z.enum(['n', 's', 'e', 'w']).default('e'),
});

/** A connection in the transport diagram (src/content/transport/transport.yaml, `type: link`). */
export const transportLink = z.object({
  /** `link` for a connection between two places. */
  type: z.literal('link'),
  /** Id of the node it starts at. */
  from: z.string(),
  /** Id of the node it leads to. */
  to: z.string(),
  /** The kind of connection. */
  mode: z.enum(LINK_MODES),
  /**
   * `open` when it runs today; `planned` when it is only in a plan; `suspended` or `closed` when it no longer runs
   * (drawn greyed and dashed, never as running).
   */
  status: z.enum(LINK_STATUSES).default('open'),
  /**
   * `false` for a line drawn for orientation that has no stop in Changping (e.g. high-speed rail to Hong Kong): it is
   * listed under "Lines that do not serve Changping", not among Changping's connections.
   */
  atChangping: z.boolean().default(true),
  /** The line, road or service, in every edition. */
  name: localizedText,
  /** A short fact shown on the line: a time or a distance, only where a source gives it. */
  detail: localizedText.optional(),
  /** A sentence for the list under the diagram: what it connects, and when it opened or stopped. */
  description: localizedText,
  /** How far the line bows away from a straight line, as a share of its length (−0.5 … 0.5); 0 is straight. */
  bend: z.number().min(-0.5).max(0.5).default(0),
  /** Where along the line its `detail` (or the cross of a line that does not run) goes: 0 at `from`, 1 at `to`. */
  labelAt: z.number().min(0.1).max(0.9).default(0.5),
  /** Ids of the sources for the connection and for every fact about it. */
  sources: z.array(sourceId).min(1, 'every connection needs a source'),
});

/** One reported departure of a service; sources may disagree, so a route can list several. */
export const departure = z.object({
  /** The day as reported (YYYY-MM-DD, or less precise when the source is). */
  date: partialDate,
  /** What that report adds (time, origin, containers, length …), in every edition. */
  note: localizedText,
  /** Ids of the sources that give this date. */
  sources: z.array(sourceId).min(1, 'every reported date needs its source'),
});

/**
 * What a route and a line elsewhere share, both listed under the diagram rather than drawn on it: a name and the
 * sources behind it.
 */
const listedLine = z.object({
  /** The service's or line's name, in every edition. */
  name: localizedText,
  /** Ids of the sources for the line and for every fact about it. */
  sources: z.array(sourceId).min(1, 'every line needs a source'),
});

/** A long-distance service drawn as a line of stops under the diagram (src/content/transport/transport.yaml, `type: route`). */
export const transportRoute = listedLine.extend({
  /** `route` for a service shown stop by stop. */
  type: z.literal('route'),
  /** The stops or countries in order, from Changping outwards. */
  stops: z.array(localizedText).min(2, 'a route needs at least two stops'),
  /** The first departure as each source reports it. */
  firstDepartures: z.array(departure).default([]),
});

/** A new line near Changping that does not serve it, listed so nobody takes it for a Changping link. */
export const transportElsewhere = listedLine.extend({
  /** `elsewhere` for a line that does not serve Changping. */
  type: z.literal('elsewhere'),
  /** Where it does run and why it is not a Changping link, with dates, in every edition. */
  description: localizedText,
});

/** A place with (optionally) coordinates, for the table of distances and times. */
export const transportPlace = z.object({
  /** `place` for a point in the table of distances. */
  type: z.literal('place'),
  /** Its name, in every edition. */
  name: localizedText,
  /** Latitude in decimal degrees, as the source prints it; with `lon` and `coordSource`, or none of the three. */
  lat: z.number().min(-90).max(90).optional(),
  /** Longitude in decimal degrees. */
  lon: z.number().min(-180).max(180).optional(),
  /** Id of the source that gives the coordinates. */
  coordSource: sourceId.optional(),
});

/** Kinds of measure in the table of distances: computed straight line, rail distance, distance as stated, travel time. */
export const MEASURE_KINDS = ['straight', 'rail', 'stated', 'time'] as const;

/** One row of the table of distances and times (src/content/transport/transport.yaml, `type: measure`). */
export const transportMeasure = z.object({
  /** `measure` for a distance or a time. */
  type: z.literal('measure'),
  /** `straight` is computed from the two places' coordinates; the others are numbers a source gives. */
  kind: z.enum(MEASURE_KINDS),
  /** Id of the `place` it starts from. */
  from: z.string(),
  /** Id of the `place` it goes to. */
  to: z.string(),
  /** The number a source gives (not for `straight`). */
  value: z.number().positive().optional(),
  /** `km`, `min` or `h`. */
  unit: z.enum(['km', 'min', 'h']).default('km'),
  /** `about` when the source says 约 / about. */
  qualifier: z.enum(['exact', 'about']).default('exact'),
  /** Who the figure is for: `town` (from Changping) or `city` (from Dongguan as a whole). */
  level: z.enum(['town', 'city']).default('town'),
  /** A short remark, e.g. how it was worked out. */
  note: localizedText.optional(),
  /** Ids of the sources of the number (for `straight`, the coordinates' sources are cited instead). */
  sources: z.array(sourceId).default([]),
});

/** One entry of src/content/transport/transport.yaml: a place on the diagram, a connection, a route, a line elsewhere, a place or a measure. */
export const transportItem = z.discriminatedUnion('type', [
  transportNode,
  transportLink,
  transportRoute,
  transportElsewhere,
  transportPlace,
  transportMeasure,
]);
