import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

/** A fresh copy of the module: what it remembers lasts one build (one process). */
const load = () => import('../../src/model/build-date');
/** The module in a production build or not, with neither CONTENT_TODAY nor BUILD_DATE set. */
async function loadWithoutSetting({ production }: { production: boolean }) {
  vi.stubEnv('PROD', production);
  vi.stubEnv('CONTENT_TODAY', '');
  vi.stubEnv('BUILD_DATE', '');
  return load();
}
const clock = (...isos: string[]) => {
  const times = isos.map((iso) => new Date(iso));
  return () => times.shift() ?? new Date(NaN);
};

describe('the build date', () => {
  it('is read once in a production build, so pages built either side of midnight give the same day', async () => {
    const { buildDate } = await loadWithoutSetting({ production: true });
    const now = clock('2026-12-01T23:59:59Z', '2026-12-02T00:00:01Z');
    expect(buildDate(now).toISOString()).toBe('2026-12-01T23:59:59.000Z');
    expect(buildDate(now).toISOString()).toBe('2026-12-01T23:59:59.000Z');
  });

  it('follows the clock in the dev server and tests, so a preview left running overnight moves on', async () => {
    const { buildDate } = await loadWithoutSetting({ production: false });
    const now = clock('2026-12-01T23:59:59Z', '2026-12-02T00:00:01Z');
    expect(buildDate(now).toISOString().slice(0, 10)).toBe('2026-12-01');
    expect(buildDate(now).toISOString().slice(0, 10)).toBe('2026-12-02');
  });

  it('is set by CONTENT_TODAY (a day) or BUILD_DATE; one that cannot be read is ignored', async () => {
    const { fromEnvironment } = await load();
    expect(fromEnvironment({ CONTENT_TODAY: '2099-01-01' })?.toISOString()).toBe('2099-01-01T00:00:00.000Z');
    expect(fromEnvironment({ BUILD_DATE: '2026-11-30T12:00:00Z' })?.toISOString()).toBe('2026-11-30T12:00:00.000Z');
    expect(fromEnvironment({ CONTENT_TODAY: '2099-01-01', BUILD_DATE: '2026-11-30' })?.toISOString().slice(0, 10)).toBe('2099-01-01');
    expect(fromEnvironment({ CONTENT_TODAY: 'tomorrow', BUILD_DATE: 'soon' })).toBeUndefined();
    expect(fromEnvironment({ CONTENT_TODAY: '2026-02-30' })).toBeUndefined();
    expect(fromEnvironment({})).toBeUndefined();
  });

  it('gives the publishing day and the build date from the same setting', async () => {
    vi.stubEnv('CONTENT_TODAY', '2031-05-06');
    const { buildDate } = await load();
    const { buildDay } = await import('../../src/model/publishing');
    expect(buildDay()).toBe('2031-05-06');
    expect(buildDate().toISOString().slice(0, 10)).toBe('2031-05-06');
  });
});
