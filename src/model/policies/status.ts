/**
 * A policy's status, worked out from its dates. The site is static, so "today" is the build date (or the date a
 * test passes in); an explicit `status` in the policy's frontmatter always wins.
 */

/**
 * Every status a policy page can show. `not-yet-in-force` and `validity-unknown` are never written by hand: they
 * follow from the dates. `validity-unknown` is what the dates leave open: the start is known only to a month or a
 * year (a policy known from a report), or no end date is on record, so "in force" would claim more than is known.
 */
export const POLICY_STATUSES = ['in-force', 'not-yet-in-force', 'expired', 'superseded', 'validity-unknown'] as const;
export type PolicyStatus = (typeof POLICY_STATUSES)[number];

/** The frontmatter fields the status depends on. */
export interface PolicyDates {
  /** The day the policy was issued; it takes effect then unless `effective` says otherwise. */
  issued: Date;
  /** How precisely `issued` is known (a day unless said otherwise). */
  issuedPrecision?: 'year' | 'month' | 'day' | undefined;
  /** The day it takes effect, when different from `issued`. */
  effective?: Date | undefined;
  /** The last day it applies; none means no end date is known. */
  expires?: Date | undefined;
  /** A status set by an editor (e.g. `superseded`), which overrides the dates. */
  status?: 'in-force' | 'expired' | 'superseded' | undefined;
}

/** The calendar day of a frontmatter date (stored as UTC midnight): `2024-11-06`. */
function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The calendar day in China (UTC+8) at a given instant, so a build at 01:00 Beijing time counts as that day. */
export function chinaDay(instant: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}

/**
 * The status on `today`: the editor's `status` if set; otherwise `expired` after the expiry day, `not-yet-in-force`
 * before the effective day, `in-force` between a start known to the day and a known expiry (both days included),
 * and `validity-unknown` when the start is known only roughly or no end date is on record.
 */
export function policyStatus(policy: PolicyDates, today: Date): PolicyStatus {
  if (policy.status) return policy.status;
  const now = chinaDay(today);
  if (policy.expires && now > dayOf(policy.expires)) return 'expired';
  const startKnown = policy.effective !== undefined || (policy.issuedPrecision ?? 'day') === 'day';
  const start = dayOf(policy.effective ?? policy.issued);
  if (startKnown && now < start) return 'not-yet-in-force';
  if (!startKnown || !policy.expires) return 'validity-unknown';
  return 'in-force';
}
