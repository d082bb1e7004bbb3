/**
 * The builds at one N: a copy of the project with N synthetic news items per language and the bare baseline over the
 * same news, built alternately (site, baseline, site, baseline, …) from a clean state, then summed up.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchOptions } from './args.ts';
import { BASELINE_STEPS, buildSteps, copyProject, createBaseline, firstSourceId, readPackageJson, writeItems } from './fixture.ts';
import { dirSize, scriptEnv, timedBuild, type BuildRun } from './run.ts';
import { medianRun, summarizeSize, type SizeSummary } from './summary.ts';
import { BENCH_EDITIONS, syntheticItems } from './synthetic.ts';

export interface BuildSide {
  /** The build commands, in order. */
  steps: string[];
  /** Every run, in the order they ran. */
  runs: BuildRun[];
  /** The run with the median wall-clock time, whose phases and routes the report shows. */
  median: BuildRun;
  /** HTML pages in the output. */
  pages: number;
  distBytes: number;
  /** dist/pagefind: all of it, and the index data per language (index chunks, fragments, metadata). */
  index: { bytes: number; files: number; perLanguage: Record<string, number> };
}

export interface SizeResult {
  /** News items per language. */
  items: number;
  content: { filesWritten: number; bodyChars: { min: number; max: number; mean: number } };
  site: BuildSide;
  baseline?: BuildSide;
  summary: SizeSummary;
}

/** A built N, with where its outputs are (for search and Lighthouse). */
export interface BuiltSize {
  result: SizeResult;
  siteDir: string;
  baselineDir?: string;
  /** Slug of the first synthetic item. */
  slug: string;
}

function countHtml(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html')).length;
}

function indexSizes(dist: string): BuildSide['index'] {
  const root = join(dist, 'pagefind');
  const { bytes, files } = dirSize(root);
  const perLanguage: Record<string, number> = {};
  if (existsSync(root)) {
    for (const lang of BENCH_EDITIONS) {
      perLanguage[lang] = ['index', 'fragment', '.']
        .map((sub) => join(root, sub))
        .filter(existsSync)
        .flatMap((dir) => readdirSync(dir).filter((name) => name.startsWith(`${lang}_`) || name.startsWith(`pagefind.${lang}_`)).map((name) => statSync(join(dir, name)).size))
        .reduce((a, b) => a + b, 0);
    }
  }
  return { bytes, files, perLanguage };
}

function side(dir: string, steps: string[], runs: BuildRun[]): BuildSide {
  const dist = join(dir, 'dist');
  return { steps, runs, median: medianRun(runs), pages: countHtml(dist), distBytes: dirSize(dist).bytes, index: indexSizes(dist) };
}

/** Writes the N-item fixture under `dir` and builds both sides `options.runs` times each, alternately. */
export async function buildSize(project: string, dir: string, items: number, options: BenchOptions, cores: number, log: (message: string) => void): Promise<BuiltSize> {
  const siteDir = join(dir, 'site');
  const baselineDir = options.skipBaseline ? undefined : join(dir, 'baseline');
  log(`N = ${items}: copying ${project} to ${siteDir}`);
  copyProject(project, siteDir);
  const sourceId = firstSourceId(readFileSync(join(siteDir, 'src/content/sources/sources.yaml'), 'utf8'));
  const generated = syntheticItems(items, options.seed, sourceId);
  const filesWritten = writeItems(siteDir, generated);
  const lengths = generated.flatMap((item) => Object.values(item.bodyLength));
  const bodyChars = { min: Math.min(...lengths), max: Math.max(...lengths), mean: Math.round(lengths.reduce((a, b) => a + b, 0) / lengths.length) };
  log(`N = ${items}: wrote ${filesWritten} synthetic news files (citing ${sourceId})`);
  if (baselineDir) createBaseline(project, baselineDir, join(siteDir, 'src/content/news'));

  const siteSteps = buildSteps(readPackageJson(siteDir));
  const siteEnv = scriptEnv(siteDir, { DIST_DIR: join(siteDir, 'dist') });
  const siteRuns: BuildRun[] = [];
  const baselineRuns: BuildRun[] = [];
  // Alternate the two sides so that a busy spell on the shared machine hits both alike.
  for (let run = 1; run <= options.runs; run++) {
    log(`N = ${items}, build ${run}/${options.runs}: site (${siteSteps.join(' && ')})`);
    siteRuns.push(await timedBuild(siteDir, siteSteps, siteEnv, join(dir, `site-run${run}`)));
    if (baselineDir) {
      log(`N = ${items}, build ${run}/${options.runs}: baseline (${BASELINE_STEPS.join(' && ')})`);
      baselineRuns.push(await timedBuild(baselineDir, BASELINE_STEPS, scriptEnv(baselineDir), join(dir, `baseline-run${run}`)));
    }
  }
  const site = side(siteDir, siteSteps, siteRuns);
  const baseline = baselineDir ? side(baselineDir, BASELINE_STEPS, baselineRuns) : undefined;
  const summary = summarizeSize(items, cores, { runs: siteRuns, pages: site.pages }, baseline && { runs: baselineRuns, pages: baseline.pages });
  return { result: { items, content: { filesWritten, bodyChars }, site, baseline, summary }, siteDir, baselineDir, slug: generated[0]!.slug };
}
