/**
 * The moment a build stands on, read once per build: the date every footer gives, the day policy deadlines are
 * counted from (src/model/policies/status.ts) and the day that decides which scheduled news goes out
 * (src/model/publishing.ts). Read per page, a build that runs past midnight would mix two days.
 *
 * `CONTENT_TODAY=YYYY-MM-DD` sets it (a preview of a coming day, or a build that must come out the same twice);
 * `BUILD_DATE` (any date `Date` reads) does too. Outside a production build (the dev server, the content check,
 * tests) the clock is read on every call, so a preview left running overnight moves on to the new day.
 */

let fixed: Date | undefined;

/** The build's date: from the environment, else now; the same on every page of one production build. */
export function buildDate(now: () => Date = () => new Date()): Date {
  if (fixed) return fixed;
  const date = fromEnvironment() ?? now();
  if (import.meta.env?.PROD === true) fixed = date;
  return date;
}

/** CONTENT_TODAY (a day, taken at 00:00 UTC) or BUILD_DATE; `undefined` when neither is set or readable. */
export function fromEnvironment(env: Record<string, string | undefined> = typeof process === 'undefined' ? {} : process.env): Date | undefined {
  const day = env.CONTENT_TODAY;
  if (day && /^\d{4}-\d{2}-\d{2}$/.test(day)) {
    const date = new Date(`${day}T00:00:00Z`);
    // Not a day that rolls over (2026-02-30 would be read as 2 March).
    if (!Number.isNaN(date.getTime()) && date.toISOString().startsWith(day)) return date;
  }
  if (env.BUILD_DATE) {
    const date = new Date(env.BUILD_DATE);
    if (!Number.isNaN(date.getTime())) return date;
  }
  return undefined;
}
