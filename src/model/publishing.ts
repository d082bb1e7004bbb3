/**
 * Which entries the build publishes. Drafts never; a news item dated after the build day is *scheduled*: it is
 * left out of every page, list, feed, tag page and the search index until a build on or after its date (the
 * site is rebuilt daily; see docs/deploy.md), and `npm run check:content` reports it as "scheduled for …". It is
 * never published early on top of the news list. Plain functions, tested without a build.
 */
import { buildDate } from './build-date.ts';

interface Publishable {
  data: { draft?: boolean; date?: Date };
}

/**
 * The build day as YYYY-MM-DD (UTC), from the build's one date (src/model/build-date.ts): `CONTENT_TODAY=YYYY-MM-DD`
 * sets it, for previews of a coming day.
 */
export function buildDay(now: Date = buildDate()): string {
  return now.toISOString().slice(0, 10);
}

/** `true` when the entry is dated after `today` (YYYY-MM-DD): a news item waiting for its day. */
export function isScheduled(entry: Publishable, today: string = buildDay()): boolean {
  const { date } = entry.data;
  return date instanceof Date && !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) > today;
}

/** `true` when the build publishes the entry today: not a draft, not scheduled. */
export function isLive(entry: Publishable, today: string = buildDay()): boolean {
  return !entry.data.draft && !isScheduled(entry, today);
}
