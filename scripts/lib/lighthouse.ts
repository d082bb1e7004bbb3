/**
 * Lighthouse 12.2.3 against Debian's Chromium, shared by the benchmark (performance score) and
 * tests/e2e/lighthouse.spec.ts (accessibility, best practices and SEO must be 100). One Chromium is started with a
 * DevTools port and reused for every audit; Lighthouse 13 does not work with this setup, 12.2.3 does (on Node 22).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse, { desktopConfig } from 'lighthouse';
import { CHROMIUM_FLAGS, findChromium } from '../../tests/e2e/support/browser.ts';

export type Category = 'performance' | 'accessibility' | 'best-practices' | 'seo';
export type Preset = 'desktop' | 'mobile';

export interface AuditResult {
  url: string;
  preset: Preset;
  /** 0–100 per category asked for; null when Lighthouse could not score it. */
  scores: Partial<Record<Category, number | null>>;
  /** Audits that lost points, per category: `id: title`. */
  failing: Partial<Record<Category, string[]>>;
  runtimeError?: string;
}

export interface LighthouseChrome {
  port: number;
  close(): Promise<void>;
}

/** Starts headless Chromium with a DevTools port for Lighthouse to drive. */
export async function startChrome(): Promise<LighthouseChrome> {
  const profile = mkdtempSync(join(tmpdir(), 'lighthouse-chrome-'));
  const child: ChildProcess = spawn(
    findChromium(),
    [...CHROMIUM_FLAGS, '--headless=new', '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const port = await new Promise<number>((resolve, reject) => {
    let stderr = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not open a DevTools port:\n${stderr}`)), 20_000);
    child.stderr!.on('data', (chunk) => {
      stderr += chunk;
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(stderr);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited (${code}) before opening a DevTools port:\n${stderr}`));
    });
  });
  child.stderr!.resume();
  return {
    port,
    close: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      }
      // Chromium's helper processes may still be writing into the profile for a moment after the browser exits:
      // retry instead of failing the test on "directory not empty".
      rmSync(profile, { recursive: true, force: true, maxRetries: 20, retryDelay: 100 });
    },
  };
}

/** Runs one Lighthouse audit of `url` in the Chromium on `port`. */
export async function audit(port: number, url: string, categories: Category[], preset: Preset = 'desktop'): Promise<AuditResult> {
  const result = await lighthouse(
    url,
    { port, output: 'json', logLevel: 'error', onlyCategories: categories, locale: 'en-US' },
    preset === 'desktop' ? desktopConfig : undefined,
  );
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  const scores: AuditResult['scores'] = {};
  const failing: AuditResult['failing'] = {};
  for (const category of categories) {
    const entry = lhr.categories[category];
    scores[category] = entry?.score == null ? null : Math.round(entry.score * 100);
    failing[category] = (entry?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id])
      .filter((a) => a && a.score !== null && a.score < 1 && !['notApplicable', 'informative', 'manual'].includes(a.scoreDisplayMode))
      .map((a) => `${a!.id}: ${a!.title}`);
  }
  return { url, preset, scores, failing, runtimeError: lhr.runtimeError?.message };
}
