import { mkdtempSync, readFileSync, readdirSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseArgs } from '../../scripts/bench/args';
import { parseAstroBuildLog, parseDuration, routeShape } from '../../scripts/bench/build-log';
import { parseTimeOutput } from '../../scripts/bench/run';
import { buildSteps, firstSourceId, writeGeneratedEditions, writeItems } from '../../scripts/bench/fixture';
import { fastest, formatBytes, formatMs, formatRatio, median, percentile, ratio } from '../../scripts/bench/stats';
import { BODY_MAX, BODY_MIN, mulberry32, syntheticItems } from '../../scripts/bench/synthetic';
import { displayWidth, formatTable } from '../../scripts/bench/table';
import { isoDate, sourceId } from '../../src/schemas/shared';

describe('synthetic news', () => {
  const items = syntheticItems(300, 7, 'nanfangplus-2023-02-changping');

  it('is the same for the same seed and different for another', () => {
    expect(syntheticItems(20, 7, 'x')).toEqual(syntheticItems(20, 7, 'x'));
    expect(syntheticItems(20, 8, 'x')[0]!.files.en).not.toEqual(syntheticItems(20, 7, 'x')[0]!.files.en);
    const random = mulberry32(1);
    const values = Array.from({ length: 1000 }, random);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
  });

  it(`has bodies of ${BODY_MIN}–${BODY_MAX} characters in both languages`, () => {
    for (const item of items) {
      for (const length of Object.values(item.bodyLength)) {
        expect(length).toBeGreaterThanOrEqual(BODY_MIN);
        expect(length).toBeLessThanOrEqual(BODY_MAX);
      }
    }
  });

  it('says it is synthetic, in the title and in the text, and writes Chinese and English', () => {
    const item = items[41]!;
    expect(item.files['zh-cn']).toMatch(/title: "基准测试条目 0042：/);
    expect(item.files.en).toMatch(/title: "Benchmark item 0042: /);
    expect(item.files['zh-cn']).toContain('不是真实新闻');
    expect(item.files.en).toContain('It is not real news');
    expect(item.files['zh-cn'].match(/[\u4e00-\u9fff]/g)!.length).toBeGreaterThan(300);
    expect(item.files['zh-cn']).toContain('，');
    // Filler only: no figures in the text (the one number is the item's own).
    expect(item.files.en.split('---')[2]).not.toMatch(/\d/);
    expect(item.files['zh-cn'].split('---')[2]!.replace(/B2B/g, '')).not.toMatch(/\d/);
  });

  it('has frontmatter the news schema accepts: dates over the years, a cited source, a few tags', () => {
    const years = new Set(items.map((item) => item.date.slice(0, 4)));
    expect(years.size).toBeGreaterThan(10);
    for (const item of items) {
      expect(isoDate.safeParse(item.date).success).toBe(true);
      expect(item.tags.length).toBeGreaterThanOrEqual(1);
      expect(item.tags.length).toBeLessThanOrEqual(3);
      for (const tag of item.tags) expect(tag).toMatch(/^[a-z0-9-]+$/);
      expect(item.files.en).toContain('sources:\n  - nanfangplus-2023-02-changping\n');
      const description = /description: (".*")/.exec(item.files.en)![1]!;
      expect(JSON.parse(description).length).toBeLessThanOrEqual(260);
    }
    expect(sourceId.safeParse('nanfangplus-2023-02-changping').success).toBe(true);
    expect(new Set(items.map((item) => item.slug)).size).toBe(items.length);
  });

  it('uses the words the benchmark searches for', () => {
    const all = items.map((item) => item.files['zh-cn'] + item.files.en).join('\n');
    for (const word of ['招商', '产业', '交通', 'investment', 'railway', 'logistics']) expect(all).toContain(word);
  });
});

describe('fixture helpers', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-unit-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes each item in both language folders and never overwrites', () => {
    const items = syntheticItems(3, 1, 'a-source');
    expect(writeItems(dir, items)).toBe(6);
    expect(readdirSync(join(dir, 'src/content/news/zh-cn')).sort()).toEqual(items.map((i) => `${i.slug}.md`).sort());
    expect(existsSync(join(dir, 'src/content/news/en', `${items[0]!.slug}.md`))).toBe(true);
    expect(() => writeItems(dir, items)).toThrow(/refusing to overwrite/);
  });

  it('gives the baseline the generated zh-hk files, converted, so both builds make every edition', { timeout: 60_000 }, () => {
    const news = join(dir, 'src/content/news');
    const zh = readdirSync(join(news, 'zh-cn')).sort();
    expect(writeGeneratedEditions(news)).toBe(zh.length);
    expect(readdirSync(join(news, 'zh-hk')).sort()).toEqual(zh);
    const text = readFileSync(join(news, 'zh-hk', zh[0]!), 'utf8');
    expect(text).toContain('基準測試條目');
    expect(text).not.toContain('基准测试条目');
    expect(writeGeneratedEditions(news)).toBe(0); // files already there are kept
  });

  it('cites the first source of the real sources.yaml', () => {
    expect(firstSourceId(readFileSync('src/content/sources/sources.yaml', 'utf8'))).toMatch(/^[a-z0-9-]+$/);
    expect(firstSourceId('# comment\n- id: first-one\n  title: x\n- id: second\n')).toBe('first-one');
    expect(() => firstSourceId('nothing here')).toThrow();
  });

  it('times the same steps as npm run build', () => {
    expect(buildSteps(JSON.stringify({ scripts: { build: 'astro build && node scripts/pagefind.ts' } }))).toEqual([
      'astro build',
      'node scripts/pagefind.ts',
    ]);
    // The site's own build: the content check first, then Astro (told the check has run: scripts/build.ts), then the index.
    expect(buildSteps(readFileSync('package.json', 'utf8'))).toEqual([
      'node scripts/check-content.ts',
      'node scripts/build.ts',
      'node scripts/pagefind.ts',
    ]);
    expect(() => buildSteps('{}')).toThrow(/no build script/);
  });
});

describe('statistics and formatting', () => {
  it('computes medians, percentiles, minimum and ratios', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBeNaN();
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
    expect(percentile([5], 50)).toBe(5);
    expect(fastest([3, 2, 5])).toBe(2);
    expect(ratio(23, 20)).toBeCloseTo(1.15);
    expect(ratio(1, 0)).toBeNaN();
    expect(ratio(undefined, 2)).toBeNaN();
  });

  it('formats bytes, times and ratios', () => {
    expect(formatBytes(812)).toBe('812 B');
    expect(formatBytes(14.2 * 1024)).toBe('14.2 KB');
    expect(formatBytes(3.2 * 1024 * 1024)).toBe('3.20 MB');
    expect(formatBytes(undefined)).toBe('–');
    expect(formatMs(85.4)).toBe('85 ms');
    expect(formatMs(12_345)).toBe('12.3 s');
    expect(formatRatio(1.0834)).toBe('1.08×');
    expect(formatRatio(Number.NaN)).toBe('–');
  });

  it('aligns tables with Chinese text, numbers to the right', () => {
    expect(displayWidth('招商')).toBe(4);
    expect(displayWidth('ab')).toBe(2);
    const table = formatTable(['query', 'ms'], [['招商', '12 ms'], ['railway', '8 ms']]).split('\n');
    expect(table).toEqual(['query       ms', '-------  -----', '招商     12 ms', 'railway   8 ms']);
  });
});

describe('astro build log', () => {
  const log = `04:49:03 [types] Generated 1.36s
04:49:03 [build] ✓ Completed in 1.44s.
04:49:04 [vite] ✓ built in 755ms
04:49:04 [vite] ✓ built in 31ms

 generating static routes 
04:49:04   ├─ /404.html (+19ms) 
04:49:04 ✓ Completed in 97ms.

04:49:04 [build] ✓ Completed in 934ms.
04:49:04 [build] 6 page(s) built in 2.39s`;

  it('reads the phases', () => {
    expect(parseAstroBuildLog(log)).toEqual({
      contentMs: 1360,
      bundleMs: 786,
      renderMs: 97,
      totalMs: 2390,
      pages: 6,
      routes: [{ route: '404', pages: 1, ms: 19 }],
    });
    expect(parseAstroBuildLog('')).toEqual({});
    expect(parseDuration('2m')).toBe(120_000);
    expect(routeShape('/zh-cn/news/2012-01-06-bench-0001/index.html')).toBe('news/*');
    expect(routeShape('/en/news/tags/investment/index.html')).toBe('news/tags/*');
    expect(routeShape('/en/news/page/3/index.html')).toBe('news/page/*');
    expect(routeShape('/en/index.html')).toBe('(home)');
  });
});

describe('GNU time output', () => {
  it('reads peak memory and CPU time from the last line', () => {
    expect(parseTimeOutput('612340 41.52 3.20\n')).toEqual({ peakRssKb: 612340, cpuMs: 44720 });
    expect(parseTimeOutput('Command exited with non-zero status 1\n5000 0.10 0.02')).toEqual({ peakRssKb: 5000, cpuMs: 120 });
    expect(parseTimeOutput('')).toEqual({});
  });
});

describe('options', () => {
  it('reads the flags, with defaults', () => {
    expect(parseArgs([], '/p')).toMatchObject({ items: [1000], runs: 3, repeat: 3, skipBaseline: false, json: 'bench-results/latest.json', project: '/p' });
    expect(parseArgs(['--items', '100', '--skip-baseline', '--skip-browser', '--json=out.json'])).toMatchObject({
      items: [100],
      skipBaseline: true,
      skipBrowser: true,
      json: 'out.json',
    });
    expect(() => parseArgs(['--items', '0'])).toThrow(/whole number/);
    expect(() => parseArgs(['--nope'])).toThrow(/unknown option/);
  });

  it('reads a list of N, sorted and each once', () => {
    expect(parseArgs(['--items', '100,1000,5000']).items).toEqual([100, 1000, 5000]);
    expect(parseArgs(['--items=5000, 100,1000,100']).items).toEqual([100, 1000, 5000]);
    expect(() => parseArgs(['--items', '100,,5000'])).toThrow(/whole number/);
    expect(() => parseArgs(['--items', '100,x'])).toThrow(/whole number/);
    expect(() => parseArgs(['--items'])).toThrow(/comma-separated list/);
    expect(parseArgs(['--runs', '1']).runs).toBe(1);
  });
});
