/**
 * A policy's status, worked out from its dates. The site is static, so "today" is the build date (or the date a
 * test passes in); an explicit `status` in the policy's frontmatter always wins.
 */

/** Every status a policy page can show. `not-yet-in-force` is never written by hand: it follows from the dates. */
export const POLICY_STATUSES = ['in-force', 'not-yet-in-force', 'expired', 'superseded'] as const;
export type PolicyStatus = (typeof POLICY_STATUSES)[number];

/** The frontmatter fields the status depends on. */
export interface PolicyDates {
  /** The day the policy was issued; it takes effect then unless `effective` says otherwise. */
  issued: Date;
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
 * The status on `today`: the editor's `status` if set; otherwise `not-yet-in-force` before the effective day,
 * `expired` after the expiry day, and `in-force` in between (both days included).
 */
export function policyStatus(policy: PolicyDates, today: Date): PolicyStatus {
  if (policy.status) return policy.status;
  const now = chinaDay(today);
  const start = dayOf(policy.effective ?? policy.issued);
  if (now < start) return 'not-yet-in-force';
  if (policy.expires && now > dayOf(policy.expires)) return 'expired';
  return 'in-force';
}

/** The date the site was built: BUILD_DATE from the environment (for reproducible builds), else now. */
export function buildDate(): Date {
  const fromEnv = import.meta.env?.BUILD_DATE as string | undefined;
  const date = fromEnv ? new Date(fromEnv) : new Date();
  return Number.isNaN(date.getTime()) ? new Date() : date;
}
