/**
 * The benchmark's verdicts: medians and spread of the interleaved runs, site ÷ baseline ratios, cost per page, the
 * loaded-machine rule, the growth of the ratio with N, the targets, and the report that shows them.
 */
import { describe, expect, it } from 'vitest';
import type { SizeResult } from '../../scripts/bench/builds';
import { renderReport, type BenchResult } from '../../scripts/bench/report';
import { machineBusyMs, otherCores, type BuildRun } from '../../scripts/bench/run';
import { formatPercent, spread } from '../../scripts/bench/stats';
import { MAX_OTHER_CORES, MAX_SPREAD, medianRun, RATIO_GROWTH_TOLERANCE, ratioGrowth, summarizeSide, summarizeSize, targetItems } from '../../scripts/bench/summary';
import { checkTargets, TARGETS } from '../../scripts/bench/targets';

/** A build run as timedBuild returns it, with just the figures the summary reads. */
function run(totalMs: number, { cpuMs = totalMs * 0.9, rss = 500_000, load = 1, other }: { cpuMs?: number; rss?: number; load?: number; other?: number } = {}): BuildRun {
  return { totalMs, cpuMs: cpuMs + 1000, otherCores: other, peakRssKb: rss, steps: [{ command: 'astro build', ms: totalMs * 0.8, cpuMs, peakRssKb: rss, astro: true }], phases: {}, load: { before: load, after: load } };
}

describe('build summary', () => {
  it('takes medians of the runs, their spread and the cost per page', () => {
    const side = summarizeSide([run(12_000), run(10_000), run(11_000)], 1000);
    expect(side).toMatchObject({ pages: 1000, runs: 3, wallMs: 11_000, astroCpuMs: 9900, astroWallMs: 8800, peakRssKb: 500_000, msPerPage: 11 });
    expect(side.spread).toEqual({ min: 10_000, max: 12_000, relative: expect.closeTo(0.2) });
    expect(spread([])).toMatchObject({ relative: Number.NaN });
    expect(formatPercent(0.123)).toBe('12 %');
    expect(medianRun([run(3), run(1), run(2)]).totalMs).toBe(2);
    expect(medianRun([run(4), run(1), run(2), run(3)]).totalMs).toBe(2);
  });

  it('gives site ÷ baseline ratios of the medians, wall and CPU side by side, and the overhead per page', () => {
    const size = summarizeSize(1000, 2, { runs: [run(20_000), run(21_000), run(20_500)], pages: 2000 }, { runs: [run(10_000, { rss: 400_000 }), run(10_200, { rss: 400_000 }), run(10_100, { rss: 400_000 })], pages: 1900 });
    expect(size.ratio!.wall).toBeCloseTo(20_500 / 10_100);
    expect(size.ratio!.cpu).toBeCloseTo(20_500 / 10_100);
    expect(size.ratio!.buildCpu).toBeCloseTo((20_500 * 0.9 + 1000) / (10_100 * 0.9 + 1000));
    expect(size.ratio!.rss).toBeCloseTo(1.25);
    expect(size.overheadMsPerPage).toBeCloseTo((20_500 - 10_100) / 2000);
    expect(size.tooLoaded).toEqual([]);
    expect(summarizeSize(10, 2, { runs: [run(100)], pages: 5 }).ratio).toBeUndefined();
  });

  it('says the machine was too loaded when the load average passed the cores or the runs spread over 15 %', () => {
    const quiet = [run(10_000, { load: 1.9 }), run(10_400, { load: 0.5 }), run(10_200)];
    expect(summarizeSize(100, 2, { runs: quiet, pages: 10 }, { runs: quiet, pages: 10 }).tooLoaded).toEqual([]);
    const busy = summarizeSize(100, 2, { runs: [run(10_000, { load: 3.4 }), ...quiet.slice(1)], pages: 10 }, { runs: quiet, pages: 10 });
    expect(busy.tooLoaded).toEqual(['the 1-minute load average reached 3.40 on 2 cores']);
    expect(busy.peakLoad).toBe(3.4);
    const wide = summarizeSize(100, 2, { runs: quiet, pages: 10 }, { runs: [run(10_000), run(11_600), run(10_100)], pages: 10 });
    expect(wide.tooLoaded).toEqual(['the baseline\'s runs spread 16 % (more than 15 %)']);
    expect(MAX_SPREAD).toBe(0.15);
  });

  it('judges by the cores other work kept busy where the CPU counters were read, not by the load the build raised', () => {
    const own = [run(10_000, { load: 3.9, other: 0.1 }), run(10_100, { load: 3.5, other: 0.2 }), run(10_200, { load: 3.1, other: 0.05 })];
    const quiet = summarizeSize(100, 2, { runs: own, pages: 10 }, { runs: own, pages: 10 });
    expect(quiet.tooLoaded).toEqual([]);
    expect(quiet.peakOtherCores).toBeCloseTo(0.2);
    const shared = summarizeSize(100, 2, { runs: [run(10_000, { load: 1, other: 0.8 }), ...own.slice(1)], pages: 10 }, { runs: own, pages: 10 });
    expect(shared.tooLoaded).toEqual(['other work kept 0.80 of 2 cores busy during a build (more than 0.5)']);
    expect(MAX_OTHER_CORES).toBe(0.5);
    expect(otherCores(1_000, 31_000, 20_000, 20_000)).toBeCloseTo(0.5);
    expect(otherCores(1_000, 10_000, 20_000, 20_000)).toBe(0);
    expect(otherCores(undefined, 10_000, 20_000, 20_000)).toBeUndefined();
    expect(machineBusyMs('cpu  100 5 50 9000 20 3 2 10 0 0\ncpu0 1 2 3')).toBe((100 + 5 + 50 + 3 + 2 + 10) * 10);
    expect(machineBusyMs('no cpu line')).toBeUndefined();
  });

  it('judges the targets at the N closest to 1,000 and tells whether the ratio grows with N', () => {
    expect(targetItems([100, 1000, 5000])).toBe(1000);
    expect(targetItems([100, 5000])).toBe(100);
    expect(targetItems([500, 1500])).toBe(1500);
    const at = (items: number, site: number, baseline: number) =>
      summarizeSize(items, 2, { runs: [run(site), run(site), run(site)], pages: items * 2 + 40 }, { runs: [run(baseline), run(baseline), run(baseline)], pages: items * 2 });
    const flat = ratioGrowth([at(100, 2_400, 2_000), at(5000, 60_000, 50_000)], 3)!;
    expect(flat).toMatchObject({ from: 100, to: 5000, grows: false, notJudged: [] });
    expect(flat.change).toBeCloseTo(0);
    expect(flat.marginalMsPerPage.site).toBeCloseTo((60_000 - 2_400) / (10_040 - 240));
    expect(flat.marginalMsPerPage.baseline).toBeCloseTo(48_000 / 9800);
    const growing = ratioGrowth([at(100, 2_400, 2_000), at(1000, 20_000, 10_000), at(5000, 90_000, 50_000)], 3)!;
    expect(growing).toMatchObject({ from: 100, to: 5000, grows: true });
    expect(growing.change).toBeCloseTo(0.5);
    expect(ratioGrowth([at(100, 2_400, 2_000), at(5000, 60_000, 50_000)], 2)!.notJudged).toEqual(['2 run(s) per side, fewer than 3']);
    expect(ratioGrowth([at(1000, 20_000, 10_000)], 3)).toBeUndefined();
  });
});

describe('targets', () => {
  const build = { items: 1000, runs: 3, ratio: 1.1, memoryRatio: 1.4 };
  const search = (ms: number[], failedRuns = 0) => ({ ms, bytes: ms.map(() => 30_000), failedRuns, basis: 'x' });
  const verdicts = (checks: { name: string; verdict: string }[]) => Object.fromEntries(checks.map((c) => [c.name.replace(/ \(.*/, ''), c.verdict]));

  it('passes figures within the targets and fails those over, the slowest and heaviest query counting', () => {
    expect(TARGETS).toMatchObject({ buildRatio: 1.15, memoryRatio: 1.5, firstResultMs: 120 });
    const ok = checkTargets({ build, searchPage: search([40, 120]), headerBox: search([60, 110]) });
    expect(ok.map((t) => t.verdict)).toEqual(['met', 'not measured', 'met', 'met', 'met', 'met']);
    const bad = checkTargets({
      build: { ...build, ratio: 1.2, memoryRatio: 1.6 },
      searchPage: search([40, TARGETS.firstResultMs + 1]),
      headerBox: { ...search([50]), bytes: [TARGETS.bytesPerQuery + 1] },
    });
    expect(bad.map((t) => t.verdict)).toEqual(['not met', 'not measured', 'not met', 'not met', 'met', 'not met']);
    expect(checkTargets({}).map((t) => t.verdict)).toEqual(Array(6).fill('not measured'));
  });

  it('counts a failed run against the search target, even when every other run was fast', () => {
    const checks = checkTargets({ searchPage: search([40]), headerBox: search([40], 1) });
    expect(verdicts(checks)).toMatchObject({ 'first search result, search page': 'met', 'first search result, header box': 'not met' });
    expect(checks.find((c) => c.name.includes('header box'))!.actual).toBe('40 ms, 1 failed run(s)');
    expect(checkTargets({ headerBox: search([], 3) })[4]!.verdict).toBe('not met');
  });

  it('does not judge the build ratio on a loaded machine, and calls too few runs indicative', () => {
    const loaded = checkTargets({ build: { ...build, ratio: 1.0, tooLoaded: ['the 1-minute load average reached 3.40 on 2 cores'] } })[0]!;
    expect(loaded.verdict).toBe('not judged');
    expect(loaded.basis).toMatch(/the machine was too loaded to judge: the 1-minute load average reached 3.40/);
    expect(checkTargets({ build: { ...build, runs: 2 } })[0]!.verdict).toBe('indicative');
    expect(checkTargets({ build: { ...build, ratio: Number.NaN } })[0]!.verdict).toBe('not measured');
  });

  it('fails the growth target when the ratio grows by more than the tolerance, and does not judge it when loaded', () => {
    const growth = { from: 100, to: 5000, ratioFrom: 1.1, ratioTo: 1.1 * (1 + RATIO_GROWTH_TOLERANCE + 0.01), change: RATIO_GROWTH_TOLERANCE + 0.01, grows: true, marginalMsPerPage: { site: 5, baseline: 4 }, notJudged: [] };
    expect(checkTargets({ growth })[1]!.verdict).toBe('not met');
    expect(checkTargets({ growth: { ...growth, grows: false, change: 0.01 } })[1]!.verdict).toBe('met');
    expect(checkTargets({ growth: { ...growth, notJudged: ['N = 100: too loaded'] } })[1]!.verdict).toBe('not judged');
  });
});

describe('report', () => {
  const index = { bytes: 1000, files: 3, perLanguage: {} };
  const size = (items: number, site: BuildRun[], baseline: BuildRun[]): SizeResult => ({
    items,
    content: { filesWritten: items * 2, bodyChars: { min: 500, max: 800, mean: 650 } },
    site: { steps: ['astro build'], runs: site, median: medianRun(site), pages: items * 2 + 40, distBytes: 1, index },
    baseline: { steps: ['astro build'], runs: baseline, median: medianRun(baseline), pages: items * 2, distBytes: 1, index },
    summary: summarizeSize(items, 2, { runs: site, pages: items * 2 + 40 }, { runs: baseline, pages: items * 2 }),
  });

  it('shows a row per N and side, the ratios side by side, the growth with N and a loaded machine', () => {
    const sizes = [size(100, [run(2400), run(2500), run(2450)], [run(2000), run(2000), run(2000)]), size(1000, [run(20_000, { load: 3.1 }), run(20_500), run(21_000)], [run(10_000), run(10_100), run(10_200)])];
    const growth = ratioGrowth(sizes.map((s) => s.summary), 3);
    const result: BenchResult = {
      schema: 2,
      startedAt: '',
      machine: { cpu: 'CPU', cores: 2, memory: '1 GiB', node: 'v22', os: 'linux', loadBefore: [1, 1, 1] },
      options: { items: [100, 1000], seed: 1, runs: 3, repeat: 3, project: '.', searchItems: 1000 },
      sizes,
      growth,
      search: { site: [], baseline: [], skipped: '--skip-browser' },
      lighthouse: { audits: [], skipped: '--skip-lighthouse' },
      targets: checkTargets({ build: { items: 1000, runs: 3, ratio: sizes[1]!.summary.ratio!.wall, tooLoaded: sizes[1]!.summary.tooLoaded }, growth }),
      notes: [],
    };
    const text = renderReport(result);
    expect(text).toMatch(/^\s*1000\s+site\s+2040\s+20\.0 s \/ 20\.5 s \/ 21\.0 s\s+20\.5 s\s+20\.0 s–21\.0 s \(5 %\)/m);
    expect(text).toMatch(/^1000\s+2\.03×\s+1\.93×\s+2\.03×\s+2\.03×\s+1\.00×\s+5\.1 ms\s+–\s+3\.10\s+no: too loaded$/m);
    expect(text).toContain('N = 1000: the machine was too loaded to judge: the 1-minute load average reached 3.10 on 2 cores');
    expect(text).toMatch(/The ratio cannot be judged with N: 1\.23× at N = 100, 2\.03× at N = 1000/);
    expect(text).toMatch(/build time vs bare Astro \(N = 1000\)\s+≤ 1\.15×\s+2\.03×\s+not judged/);
  });
});
