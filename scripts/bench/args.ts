/** Command-line options of `npm run bench`. */

export interface BenchOptions {
  /** News items generated per language: one build of each side per figure, smallest first. */
  items: number[];
  /** Seed of the text generator: the same seed gives the same archive. */
  seed: number;
  /** Builds per side at each N, interleaved; the median counts (fewer than MIN_RUNS: the figure is indicative). */
  runs: number;
  /** Times each search query is measured (each in a fresh browser context); the median counts. */
  repeat: number;
  skipBaseline: boolean;
  skipBrowser: boolean;
  skipLighthouse: boolean;
  /** Where the JSON report goes. */
  json: string;
  /** The project to benchmark (default: this checkout). */
  project: string;
  /** Keep the temporary directory for inspection instead of deleting it. */
  keep: boolean;
  help: boolean;
}

export const USAGE = `npm run bench -- [options]

  --items N[,N…]     news items generated per language, one figure each (default 1000;
                     the full run is --items 100,1000,5000); search and Lighthouse run at the N
                     closest to 1000
  --runs N           builds per side at each N, interleaved, the median counts (default 3;
                     fewer than 3 gives an indicative figure, not a target verdict)
  --repeat N         measurements per search query, the median counts (default 3)
  --seed N           seed of the synthetic text (default 20261128)
  --skip-baseline    do not build the bare-Astro baseline (no ratio)
  --skip-browser     no search timings in Chromium
  --skip-lighthouse  no Lighthouse scores
  --json PATH        where to write the JSON report (default bench-results/latest.json)
  --project DIR      benchmark another checkout of the project (default: this one)
  --keep             keep the temporary copy (its path is printed)
`;

function positiveInteger(flag: string, value: string | undefined): number {
  const n = Number(value);
  if (!value || !Number.isInteger(n) || n < 1) throw new Error(`${flag} needs a whole number of at least 1, got ${value ?? 'nothing'}`);
  return n;
}

/** `100,1000,5000` → [100, 1000, 5000]: whole numbers of at least 1, sorted, each once. */
export function itemList(flag: string, value: string | undefined): number[] {
  if (!value) throw new Error(`${flag} needs a whole number or a comma-separated list of them, got nothing`);
  const counts = value.split(',').map((part) => positiveInteger(flag, part.trim()));
  return [...new Set(counts)].sort((a, b) => a - b);
}

export function parseArgs(argv: readonly string[], cwd = '.'): BenchOptions {
  const options: BenchOptions = {
    items: [1000],
    seed: 20261128,
    runs: 3,
    repeat: 3,
    skipBaseline: false,
    skipBrowser: false,
    skipLighthouse: false,
    json: 'bench-results/latest.json',
    project: cwd,
    keep: false,
    help: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split(/=(.*)/s, 2) as [string, string | undefined];
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '--items':
        options.items = itemList(flag, value());
        break;
      case '--runs':
        options.runs = positiveInteger(flag, value());
        break;
      case '--repeat':
        options.repeat = positiveInteger(flag, value());
        break;
      case '--seed':
        options.seed = positiveInteger(flag, value());
        break;
      case '--json': {
        const path = value();
        if (!path) throw new Error('--json needs a path');
        options.json = path;
        break;
      }
      case '--project': {
        const path = value();
        if (!path) throw new Error('--project needs a directory');
        options.project = path;
        break;
      }
      case '--skip-baseline':
        options.skipBaseline = true;
        break;
      case '--skip-browser':
        options.skipBrowser = true;
        break;
      case '--skip-lighthouse':
        options.skipLighthouse = true;
        break;
      case '--keep':
        options.keep = true;
        break;
      case '--help':
      case '-h':
        options.help = true;
        break;
      default:
        throw new Error(`unknown option ${argv[i]}\n\n${USAGE}`);
    }
  }
  return options;
}
