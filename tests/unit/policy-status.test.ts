import { describe, expect, it } from 'vitest';
import { chinaDay, policyStatus } from '../../src/model/policies/status';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const at = (iso: string) => new Date(iso);

describe('policyStatus', () => {
  it('is in force from the issue day when there is no effective or expiry date', () => {
    expect(policyStatus({ issued: d('2024-11-06') }, at('2026-11-28T12:00:00+08:00'))).toBe('in-force');
    expect(policyStatus({ issued: d('2024-11-06') }, at('2024-11-06T09:00:00+08:00'))).toBe('in-force');
  });

  it('is not yet in force before the effective day, even when already issued', () => {
    const policy = { issued: d('2024-11-06'), effective: d('2025-01-01') };
    expect(policyStatus(policy, at('2024-12-31T23:59:00+08:00'))).toBe('not-yet-in-force');
    expect(policyStatus(policy, at('2025-01-01T00:00:00+08:00'))).toBe('in-force');
  });

  it('is not yet in force before the issue day when there is no effective date', () => {
    expect(policyStatus({ issued: d('2027-03-01') }, at('2027-02-28T12:00:00+08:00'))).toBe('not-yet-in-force');
  });

  it('stays in force on its expiry day and expires the day after', () => {
    const policy = { issued: d('2023-01-01'), expires: d('2025-12-31') };
    expect(policyStatus(policy, at('2025-12-31T20:00:00+08:00'))).toBe('in-force');
    expect(policyStatus(policy, at('2026-01-01T00:30:00+08:00'))).toBe('expired');
  });

  it('counts days in China time: 01:00 in Beijing is already the next day', () => {
    const policy = { issued: d('2023-01-01'), expires: d('2025-12-31') };
    // 2025-12-31T17:30Z is 2026-01-01 01:30 in Beijing.
    expect(chinaDay(at('2025-12-31T17:30:00Z'))).toBe('2026-01-01');
    expect(policyStatus(policy, at('2025-12-31T17:30:00Z'))).toBe('expired');
  });

  it('lets an explicit status override the dates', () => {
    expect(policyStatus({ issued: d('2023-01-01'), status: 'superseded' }, at('2024-01-01T12:00:00Z'))).toBe('superseded');
    expect(policyStatus({ issued: d('2023-01-01'), status: 'expired' }, at('2024-01-01T12:00:00Z'))).toBe('expired');
    expect(
      policyStatus({ issued: d('2023-01-01'), expires: d('2023-06-30'), status: 'in-force' }, at('2024-01-01T12:00:00Z')),
    ).toBe('in-force');
  });
});
