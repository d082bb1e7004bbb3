/** Runs build steps the way `npm run build` would, timing each with a monotonic clock and GNU time for peak memory. */
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { parseAstroBuildLog, type BuildPhases } from './build-log.ts';

const GNU_TIME = '/usr/bin/time';

export interface StepResult {
  command: string;
  ms: number;
  /** Peak resident memory of the step's largest process, in KB (GNU time's %M); undefined without GNU time. */
  peakRssKb?: number;
  /**
   * CPU time of the step's processes, user + system (GNU time's %U + %S), in ms. Far less sensitive than `ms` to
   * other work on a shared machine, so the ratio of CPU times is the steadier figure. It misses processes their
   * parent does not wait for.
   */
  cpuMs?: number;
  /**
   * Whether this step ran `astro build`: its output holds Astro's build log (`N page(s) built in …`). The site's
   * runs Astro through `node scripts/build.ts`, so the command alone does not say it.
   */
  astro?: boolean;
}

export interface BuildRun {
  totalMs: number;
  /** CPU time of all steps (user + system) as GNU time counts it; undefined without GNU time. */
  cpuMs?: number;
  peakRssKb?: number;
  steps: StepResult[];
  /** Astro's own phase timings, from its log. */
  phases: BuildPhases;
  /** The machine's 1-minute load average just before and just after the run. */
  load: { before: number; after: number };
  /**
   * Cores busy with other work during the run, on average: the whole machine's busy CPU time (Linux /proc/stat,
   * steal time included) less the build's own, over the wall-clock time. Unlike the load average, which the build
   * itself raises, this is what the build had to share the machine with. Undefined where it cannot be read.
   */
  otherCores?: number;
}

/** Busy CPU time of the whole machine so far, in ms (Linux: /proc/stat, every state but idle and iowait). */
export function machineBusyMs(stat: string | undefined = readProcStat()): number | undefined {
  const cpu = stat?.split('\n').find((line) => line.startsWith('cpu '));
  if (!cpu) return undefined;
  const [user, nice, system, , , irq, softirq, steal] = cpu.trim().split(/\s+/).slice(1).map(Number);
  const ticks = [user, nice, system, irq, softirq, steal].reduce((sum: number, v) => sum + (v ?? 0), 0);
  return ticks * 10; // USER_HZ is 100 on Linux
}

function readProcStat(): string | undefined {
  try {
    return readFileSync('/proc/stat', 'utf8');
  } catch {
    return undefined;
  }
}

/** `otherCores` from the machine's busy time before and after, the build's own CPU time and its wall-clock time. */
export function otherCores(busyBefore: number | undefined, busyAfter: number | undefined, ownCpuMs: number | undefined, wallMs: number): number | undefined {
  if (busyBefore === undefined || busyAfter === undefined || ownCpuMs === undefined || wallMs <= 0) return undefined;
  return Math.max(0, busyAfter - busyBefore - ownCpuMs) / wallMs;
}

/** The environment npm gives a script: the project's node_modules/.bin first, so `node` is the project's Node 22. */
export function scriptEnv(project: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const path = [join(project, 'node_modules/.bin'), dirname(process.execPath), process.env.PATH ?? ''].join(delimiter);
  return { ...process.env, PATH: path, FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}

/** Reads GNU time's `%M %U %S` line (the last line: earlier ones may be warnings such as a non-zero exit). */
export function parseTimeOutput(text: string): { peakRssKb?: number; cpuMs?: number } {
  const last = text.trim().split('\n').pop() ?? '';
  const match = /^(\d+) ([\d.]+) ([\d.]+)$/.exec(last.trim());
  if (!match) return {};
  return { peakRssKb: Number(match[1]), cpuMs: Math.round((Number(match[2]) + Number(match[3])) * 1000) };
}

/** Runs one shell command in `cwd`; rejects with its output when it fails. */
export function runStep(command: string, cwd: string, env: NodeJS.ProcessEnv, logFile: string): Promise<StepResult & { output: string }> {
  const rssFile = `${logFile}.rss`;
  const useTime = existsSync(GNU_TIME);
  const [file, args] = useTime ? [GNU_TIME, ['-f', '%M %U %S', '-o', rssFile, 'sh', '-c', command]] : ['sh', ['-c', command]];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(file, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      writeFileSync(logFile, output);
      if (code !== 0) {
        reject(new Error(`\`${command}\` failed in ${cwd} (exit ${code}); last output:\n${output.slice(-3000)}`));
        return;
      }
      const usage = useTime && existsSync(rssFile) ? parseTimeOutput(readFileSync(rssFile, 'utf8')) : {};
      resolve({ command, ms, ...usage, output });
    });
  });
}

/** Removes what a previous build left (output and Astro's caches), so every timed build starts cold. */
export function clean(project: string): void {
  for (const dir of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite']) {
    rmSync(join(project, dir), { recursive: true, force: true });
  }
}

/** Runs the build steps in order from a clean state. */
export async function timedBuild(project: string, steps: readonly string[], env: NodeJS.ProcessEnv, logPrefix: string): Promise<BuildRun> {
  clean(project);
  const loadBefore = loadavg()[0]!;
  const busyBefore = machineBusyMs();
  const results: StepResult[] = [];
  let phases: BuildPhases = {};
  for (const [i, command] of steps.entries()) {
    const { output, ...step } = await runStep(command, project, env, `${logPrefix}-step${i + 1}.log`);
    const log = parseAstroBuildLog(output);
    if (log.totalMs !== undefined) {
      phases = log;
      step.astro = true;
    }
    results.push(step);
  }
  const busyAfter = machineBusyMs();
  const rss = results.map((s) => s.peakRssKb).filter((v): v is number => v !== undefined);
  const cpu = results.map((s) => s.cpuMs);
  const totalMs = results.reduce((sum, s) => sum + s.ms, 0);
  const cpuMs = cpu.every((v) => v !== undefined) ? cpu.reduce((a, b) => a! + b!, 0) : undefined;
  return {
    totalMs,
    cpuMs,
    otherCores: otherCores(busyBefore, busyAfter, cpuMs, totalMs),
    peakRssKb: rss.length ? Math.max(...rss) : undefined,
    steps: results,
    phases,
    load: { before: loadBefore, after: loadavg()[0]! },
  };
}

/** Total bytes and file count of a directory tree (0 when it does not exist). */
export function dirSize(dir: string): { bytes: number; files: number } {
  if (!existsSync(dir)) return { bytes: 0, files: 0 };
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      bytes += statSync(join(entry.parentPath, entry.name)).size;
      files++;
    }
  }
  return { bytes, files };
}
