import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { contentGate } from '../../src/build/content-gate';
import { entryFilesOfPath, localeOfPath, problemPage, problemPanel } from '../../src/build/problem-panel';
import type { Problem } from '../../scripts/lib/content-check/problems';
import { fixtureRoot, removeFixtureRoots } from './support/content-errors';

afterAll(removeFixtureRoots);

type Hook = (options: Record<string, unknown>) => unknown;
const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };

/** The gate's config hook as `astro build` calls it (before content is synced); `command` as Astro passes it. */
function configSetup(fixture: string, command = 'build') {
  const hooks = contentGate().hooks as Record<string, Hook>;
  return () => hooks['astro:config:setup']!({ config: { root: pathToFileURL(`${resolve(fixtureRoot(fixture))}/`) }, command, logger });
}
const buildStart = (fixture: string) => configSetup(fixture);

describe('the content gate in every build', () => {
  it('stops the build when the content check finds an error, in both languages', () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(buildStart('invalid-field')).toThrow(/content check found 1 problem.*内容检查发现 1 个问题/s);
    expect(errors.mock.calls.flat().join('\n')).toMatch(/policies\/en\/example-policy\.md:11 \(level\)/);
    errors.mockRestore();
  });

  it('lets clean content through', () => {
    expect(buildStart('valid')).not.toThrow();
  });

  it('leaves the dev server to its own panel (a broken entry must not stop `astro dev`)', () => {
    expect(configSetup('invalid-field', 'dev')).not.toThrow();
  });

  it('does not even load the check when `npm run build` has run it (CONTENT_CHECKED=1)', async () => {
    vi.stubEnv('CONTENT_CHECKED', '1');
    vi.resetModules();
    try {
      const gate = await import('../../src/build/content-gate');
      expect(gate.runContentCheck).toBeUndefined();
    } finally {
      vi.unstubAllEnvs();
      vi.resetModules();
    }
    expect((await import('../../src/build/content-gate')).runContentCheck).toBeTypeOf('function');
  });

  it('does not run the check again when `npm run build` has run it (CONTENT_CHECKED=1)', () => {
    vi.stubEnv('CONTENT_CHECKED', '1');
    try {
      expect(buildStart('invalid-field')).not.toThrow();
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe('the dev preview panel', () => {
  const problem: Problem = {
    file: 'src/content/news/en/2026-01-01-example.md',
    line: 8,
    field: 'date',
    kind: 'invalid-field',
    severity: 'error',
    message: '`date` must be a date written as YYYY-MM-DD, not "someday".',
    messageZh: '`date` 必须是YYYY-MM-DD 格式的日期,现在是 "someday"。',
  };

  it('reads the language and the entry files from the address', () => {
    expect(localeOfPath('/en/news/x/')).toBe('en');
    expect(localeOfPath('/changping/en/news/x/', '/changping/')).toBe('en');
    expect(localeOfPath('/')).toBe('zh-cn');
    expect(entryFilesOfPath('/en/news/2026-01-01-example/')).toContain(problem.file);
    expect(entryFilesOfPath('/zh-cn/about/')).toContain('src/content/pages/zh-cn/about.mdx');
  });

  it('tells the problem in the page language first, with file, line and field', () => {
    const en = problemPanel([problem], 'en', [problem.file]);
    expect(en).toMatch(/The content check found 1 problem/);
    expect(en.indexOf('must be a date')).toBeLessThan(en.indexOf('必须是'));
    expect(en).toContain('src/content/news/en/2026-01-01-example.md · line 8 · field date');
    const zh = problemPage([problem], 'zh-cn', [problem.file]);
    expect(zh).toMatch(/<html lang="zh-CN">/);
    expect(zh.indexOf('必须是')).toBeLessThan(zh.indexOf('must be a date'));
    expect(zh).toContain('第 8 行');
  });

  it('escapes what it shows', () => {
    expect(problemPanel([{ ...problem, message: '<script>x</script>' }], 'en')).not.toContain('<script>x');
  });
});
