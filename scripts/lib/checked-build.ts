/**
 * The content check and `astro build` side by side (`npm run build`, scripts/build.ts). The check takes a few
 * seconds of one core; `astro build` leaves about half of the second core idle while it starts and syncs content,
 * so running them together hides most of the check's time. What a visitor of the terminal sees stays as it was when
 * they ran one after the other:
 *
 * - the build's output is held back until the check has passed, then shown after the check's;
 * - when the check finds an error, the build is stopped, the output folder is removed (a half-written or stale
 *   `dist/` must never be deployed), and only the check's message is shown, with its exit code;
 * - when the build fails and the check passed, the build's output is shown and the build's exit code returned;
 * - when this process is interrupted (Ctrl-C, a closed terminal, `kill`), both are stopped and the output folder
 *   is removed.
 *
 * POSIX only (the build is stopped through its process group), like the rest of the build.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { constants } from 'node:os';
import { relative, resolve } from 'node:path';

export interface Command {
  file: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
}

export interface CheckedBuildOptions {
  check: Command;
  build: Command;
  /** The build's output folder (relative to `cwd`), removed when the check fails or the build is interrupted. */
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

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** A child's exit code as a shell gives it: its own, or 128 + the signal's number; 127 when it could not start. */
function exitCode(child: ChildProcess, onError: (error: Error) => void): Promise<number> {
  return new Promise((resolve) => {
    child.once('error', (error) => {
      onError(error);
      resolve(127);
    });
    child.once('close', (code, signal) => resolve(code ?? 128 + (signal ? (constants.signals[signal] ?? 15) : 1)));
  });
}

/** Signals a process group (a child started with `detached: true` and all it started); quiet when it is gone. */
function signalGroup(pid: number | undefined, name: NodeJS.Signals): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, name);
  } catch {
    // no process left in the group
  }
}

/** Stops the build's whole group, its leader gone or not: TERM, then KILL after a grace period. */
function stopGroup(child: ChildProcess, graceMs: number): Promise<void> {
  signalGroup(child.pid, 'SIGTERM');
  const timer = setTimeout(() => signalGroup(child.pid, 'SIGKILL'), graceMs);
  timer.unref();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) done();
    else child.once('close', done);
  });
}

/**
 * Removes the build's output folder, refusing one that holds the project (`--outDir .` or a parent folder): a
 * mistyped option must not delete the sources.
 */
export function removeOutDir(outDir: string, cwd: string = process.cwd()): void {
  const target = resolve(cwd, outDir);
  const fromTarget = relative(target, resolve(cwd));
  if (fromTarget === '' || !fromTarget.startsWith('..')) {
    throw new Error(`refusing to remove ${target}: it holds the project (${resolve(cwd)}); pass an --outDir inside it`);
  }
  rmSync(target, { recursive: true, force: true });
}

export async function checkedBuild(options: CheckedBuildOptions): Promise<CheckedBuildResult> {
  const write = {
    out: options.stdout ?? ((chunk) => process.stdout.write(chunk)),
    err: options.stderr ?? ((chunk) => process.stderr.write(chunk)),
  };
  const cwd = options.cwd ?? process.cwd();
  const check = spawn(options.check.file, options.check.args, { cwd, env: options.check.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const build = spawn(options.build.file, options.build.args, { cwd, env: options.build.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const failedToStart = (what: string) => (error: Error) => write.err(`${what} did not start: ${error.message}\n`);

  const checkOutput: Chunk[] = [];
  check.stdout?.on('data', (data) => checkOutput.push({ stream: 'out', data }));
  check.stderr?.on('data', (data) => checkOutput.push({ stream: 'err', data }));

  // The build's output waits in `held` until the check has passed; after that it is written as it comes.
  let held: Chunk[] | undefined = [];
  const fromBuild = (stream: Chunk['stream']) => (data: Buffer) => (held ? held.push({ stream, data }) : write[stream](data));
  build.stdout?.on('data', fromBuild('out'));
  build.stderr?.on('data', fromBuild('err'));

  // Ctrl-C, a closed terminal or a stopped job: both children go, and so does the half-written output. The build
  // runs in its own process group (so it can be stopped with all it started), which the terminal's signals do
  // not reach; it must not outlive this process either, even when this one exits on an error.
  let interrupted: NodeJS.Signals | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    interrupted ??= signal;
    check.kill(signal);
    void stopGroup(build, 1000);
  };
  const killOnExit = () => signalGroup(build.pid, 'SIGKILL');
  for (const signal of SIGNALS) process.once(signal, onSignal);
  process.once('exit', killOnExit);
  try {
    const buildDone = exitCode(build, failedToStart('astro build'));
    const checkCode = await exitCode(check, failedToStart('The content check'));
    if (interrupted) {
      await stopGroup(build, 1000);
      await buildDone;
      removeOutDir(options.outDir, cwd);
      return { code: 128 + (constants.signals[interrupted] ?? 15), checked: false, stopped: true };
    }
    for (const { stream, data } of checkOutput) write[stream](data);
    if (checkCode !== 0) {
      await stopGroup(build, 3000);
      await buildDone;
      removeOutDir(options.outDir, cwd);
      return { code: checkCode, checked: false, stopped: true };
    }
    for (const { stream, data } of held!) write[stream](data);
    held = undefined;
    const code = await buildDone;
    if (interrupted) {
      removeOutDir(options.outDir, cwd);
      return { code: 128 + (constants.signals[interrupted] ?? 15), checked: true, stopped: true };
    }
    return { code, checked: true, stopped: false };
  } finally {
    for (const signal of SIGNALS) process.off(signal, onSignal);
    process.off('exit', killOnExit);
  }
}
