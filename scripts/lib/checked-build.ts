/**
 * The content check and `astro build` side by side (`npm run build`, scripts/build.ts). The check takes a few
 * seconds of one core; `astro build` leaves about half of the second core idle while it starts and syncs content,
 * so running them together hides most of the check's time. What a visitor of the terminal sees stays as it was when
 * they ran one after the other:
 *
 * - the build's output is held back until the check has passed, then shown after the check's;
 * - when the check finds an error, the build is stopped, the output folder is removed (a half-written or stale
 *   `dist/` must never be deployed), and only the check's message is shown, with its exit code;
 * - when the build fails and the check passed, the build's output is shown and the build's exit code returned.
 *
 * POSIX only (the build is stopped through its process group), like the rest of the build.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';

export interface Command {
  file: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
}

export interface CheckedBuildOptions {
  check: Command;
  build: Command;
  /** The build's output folder, removed when the check fails. */
  outDir: string;
  cwd?: string;
  /** Where output goes (process.stdout / process.stderr by default; tests collect it). */
  stdout?: (chunk: string | Uint8Array) => void;
  stderr?: (chunk: string | Uint8Array) => void;
}

export interface CheckedBuildResult {
  /** The exit code for the caller: the check's when it failed, else the build's. */
  code: number;
  /** Whether the check passed. */
  checked: boolean;
  /** Whether the build was stopped because the check failed. */
  stopped: boolean;
}

type Chunk = { stream: 'out' | 'err'; data: string | Uint8Array };

function exitCode(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    child.once('error', () => resolve(127));
    child.once('close', (code, signal) => resolve(code ?? (signal ? 128 + 15 : 1)));
  });
}

/** Stops a process started with `detached: true` and everything it started: TERM, then KILL after a grace period. */
function stopGroup(child: ChildProcess, graceMs = 3000): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // already gone
    }
  };
  signal('SIGTERM');
  const timer = setTimeout(() => signal('SIGKILL'), graceMs);
  timer.unref();
  child.once('close', () => clearTimeout(timer));
}

export async function checkedBuild(options: CheckedBuildOptions): Promise<CheckedBuildResult> {
  const write = {
    out: options.stdout ?? ((chunk) => process.stdout.write(chunk)),
    err: options.stderr ?? ((chunk) => process.stderr.write(chunk)),
  };
  const check = spawn(options.check.file, options.check.args, { cwd: options.cwd, env: options.check.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const build = spawn(options.build.file, options.build.args, { cwd: options.cwd, env: options.build.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });

  const checkOutput: Chunk[] = [];
  check.stdout!.on('data', (data) => checkOutput.push({ stream: 'out', data }));
  check.stderr!.on('data', (data) => checkOutput.push({ stream: 'err', data }));

  // The build's output waits in `held` until the check has passed; after that it is written as it comes.
  let held: Chunk[] | undefined = [];
  const fromBuild = (stream: Chunk['stream']) => (data: Buffer) => (held ? held.push({ stream, data }) : write[stream](data));
  build.stdout!.on('data', fromBuild('out'));
  build.stderr!.on('data', fromBuild('err'));

  const stopOnSignal = () => stopGroup(build, 0);
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);
  try {
    const buildDone = exitCode(build);
    const checkCode = await exitCode(check);
    for (const { stream, data } of checkOutput) write[stream](data);
    if (checkCode !== 0) {
      stopGroup(build);
      await buildDone;
      rmSync(options.outDir, { recursive: true, force: true });
      return { code: checkCode, checked: false, stopped: true };
    }
    for (const { stream, data } of held!) write[stream](data);
    held = undefined;
    return { code: await buildDone, checked: true, stopped: false };
  } finally {
    process.off('SIGINT', stopOnSignal);
    process.off('SIGTERM', stopOnSignal);
  }
}
