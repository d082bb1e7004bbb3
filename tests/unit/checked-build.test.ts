// The content check beside `astro build` (scripts/lib/checked-build.ts), with stand-in processes for the two, and
// once with the real scripts: a failed check stops the build, leaves no output folder and shows only its message.
import { spawnSync } from 'node:child_process';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkedBuild, removeOutDir, type Command } from '../../scripts/lib/checked-build';
import { fixtureRoot, removeFixtureRoots } from './support/content-errors';

const work = mkdtempSync(join(tmpdir(), 'checked-build-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  removeFixtureRoots();
});

/** Whether a process is still running. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A Node one-liner as a command. */
const node = (source: string): Command => ({ file: process.execPath, args: ['-e', source] });
const sleep = (ms: number) => `await new Promise((r) => setTimeout(r, ${ms}));`;

/**
 * A stand-in build: writes into `outDir` as it goes, prints, and after `ms` writes `<outDir>.done` and exits with
 * `code` (so a test can tell a build that ran to its end from one that was stopped).
 */
function fakeBuild(outDir: string, ms: number, code = 0): Command {
  return node(`
    const fs = require('node:fs');
    (async () => {
      console.log('build: started');
      fs.mkdirSync(${JSON.stringify(outDir)}, { recursive: true });
      fs.writeFileSync(${JSON.stringify(join(outDir, 'index.html'))}, 'half');
      ${sleep(ms)}
      fs.writeFileSync(${JSON.stringify(`${outDir}.done`)}, '');
      console.error('build: finished');
      process.exit(${code});
    })();`);
}

async function run(check: Command, build: Command, outDir: string) {
  const out: string[] = [];
  const result = await checkedBuild({ check, build, outDir, stdout: (c) => out.push(`out:${c}`), stderr: (c) => out.push(`err:${c}`) });
  return { ...result, output: out.join('') };
}

describe('checked build', () => {
  it('shows the check first, then the build it held back, and returns the build’s code', async () => {
    const outDir = join(work, 'pass');
    const { code, checked, stopped, output } = await run(node(`${sleep(300)}; console.log('check: no problems')`), fakeBuild(outDir, 600), outDir);
    expect({ code, checked, stopped }).toEqual({ code: 0, checked: true, stopped: false });
    // The build printed "started" long before the check ended; it still comes after the check's verdict.
    expect(output.indexOf('check: no problems')).toBeGreaterThanOrEqual(0);
    expect(output.indexOf('check: no problems')).toBeLessThan(output.indexOf('build: started'));
    expect(output).toContain('err:build: finished');
    expect(existsSync(join(outDir, 'index.html'))).toBe(true);
  });

  it('stops the build when the check fails, removes the output folder and shows only the check', async () => {
    const outDir = join(work, 'fail');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, 'stale.html'), 'from an earlier build');
    const check = node(`${sleep(300)}; console.error('✗ src/content/news/x.md:3 date: not a date'); process.exit(1)`);
    const { code, checked, stopped, output } = await run(check, fakeBuild(outDir, 3000), outDir);
    expect({ code, checked, stopped }).toEqual({ code: 1, checked: false, stopped: true });
    expect(output).toContain('x.md:3 date');
    expect(output).not.toContain('build:');
    expect(existsSync(outDir)).toBe(false);
    // Stopped, not waited for: the stand-in never reached its end.
    expect(existsSync(`${outDir}.done`)).toBe(false);
  });

  it('returns the build’s failure when the check passed', async () => {
    const outDir = join(work, 'broken');
    const { code, checked, output } = await run(node(`console.log('check: no problems')`), fakeBuild(outDir, 100, 3), outDir);
    expect(code).toBe(3);
    expect(checked).toBe(true);
    expect(output).toContain('build: finished');
  });

  it('gives the check’s message, not the build’s, when both fail and the build fails first', async () => {
    const outDir = join(work, 'both');
    const build = node(`console.error('YAMLException: bad indentation'); process.exit(1)`);
    const check = node(`${sleep(500)}; console.log('✗ src/content/sites/a.yaml:4 area: 缩进有误 / bad indentation'); process.exit(1)`);
    const { code, output } = await run(check, build, outDir);
    expect(code).toBe(1);
    expect(output).toContain('a.yaml:4 area');
    expect(output).not.toContain('YAMLException');
    expect(existsSync(outDir)).toBe(false);
  });

  it('waits for the check when the build ends first, and still shows the check first', async () => {
    const outDir = join(work, 'quick-build');
    const { code, output } = await run(node(`${sleep(500)}; console.log('check: no problems')`), fakeBuild(outDir, 0), outDir);
    expect(code).toBe(0);
    expect(output.indexOf('check: no problems')).toBeLessThan(output.indexOf('build: started'));
  });

  it('says which one did not start, with the reason', async () => {
    const outDir = join(work, 'no-check');
    const missing = { file: join(work, 'no-such-program'), args: [] };
    const { code, output } = await run(missing, fakeBuild(outDir, 3000), outDir);
    expect(code).toBe(127);
    expect(output).toMatch(/The content check did not start: .*ENOENT/);
    expect(existsSync(`${outDir}.done`)).toBe(false);
  });

  it('stops what the build started too (its whole process group)', async () => {
    const outDir = join(work, 'group');
    const pidFile = join(work, 'grandchild.pid');
    // The stand-in build starts a long-lived process of its own, as Astro's tools may, and waits.
    const build = node(`
      const { spawn } = require('node:child_process');
      const fs = require('node:fs');
      const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
      fs.writeFileSync(${JSON.stringify(pidFile)}, String(child.pid));
      setTimeout(() => {}, 60000);`);
    const check = node(`${sleep(800)}; console.error('✗ broken'); process.exit(1)`);
    const { code } = await run(check, build, outDir);
    expect(code).toBe(1);
    const pid = Number(readFileSync(pidFile, 'utf8'));
    await expect.poll(() => alive(pid), { timeout: 10_000 }).toBe(false);
  });

  it('on Ctrl-C stops both, removes the half-written output and exits as interrupted', async () => {
    const outDir = join(work, 'interrupted');
    const driver = `
      import { checkedBuild } from ${JSON.stringify(resolve('scripts/lib/checked-build.ts'))};
      const { code } = await checkedBuild(${JSON.stringify({ check: node(sleep(60_000)), build: fakeBuild(outDir, 60_000), outDir })});
      process.exitCode = code;`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', driver], { stdio: 'ignore' });
    const exited = new Promise<number | null>((done) => child.on('close', (code) => done(code)));
    // Once the build has begun to write, the visitor of the terminal presses Ctrl-C.
    await expect.poll(() => existsSync(join(outDir, 'index.html')), { timeout: 20_000 }).toBe(true);
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(existsSync(outDir)).toBe(false);
    expect(existsSync(`${outDir}.done`)).toBe(false);
  });

  it('refuses to remove the project itself or a folder holding it', () => {
    const project = join(work, 'project');
    mkdirSync(join(project, 'dist'), { recursive: true });
    expect(() => removeOutDir('.', project)).toThrow(/refusing to remove/);
    expect(() => removeOutDir('..', project)).toThrow(/refusing to remove/);
    removeOutDir('dist', project);
    expect(existsSync(join(project, 'dist'))).toBe(false);
    expect(existsSync(project)).toBe(true);
  });

  it('npm run build’s first step refuses broken content with the check’s message and writes nothing', () => {
    const outDir = join(work, 'real-dist');
    const root = fixtureRoot('unknown-policy');
    const run = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', outDir], {
      env: { ...process.env, CONTENT_ROOT: root },
      encoding: 'utf8',
      timeout: 120_000,
    });
    const output = run.stdout + run.stderr;
    expect(run.status, output).toBe(1);
    expect(output).toMatch(/✗/);
    // Astro was started beside the check and stopped: none of its output, nothing written.
    expect(output).not.toMatch(/\[build\]|\[content\]/);
    expect(existsSync(outDir)).toBe(false);
    // The message is the check's own, naming the file: the same as `npm run check:content` prints.
    const alone = spawnSync(process.execPath, ['scripts/check-content.ts'], { env: { ...process.env, CONTENT_ROOT: root }, encoding: 'utf8' });
    expect(alone.status).toBe(1);
    expect(output).toContain('example-policy.md');
    expect(output.trim()).toBe((alone.stdout + alone.stderr).trim());
  });
});
