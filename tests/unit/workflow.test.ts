import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step {
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}
interface Job {
  needs?: string;
  if?: string;
  container?: string;
  permissions?: Record<string, string>;
  steps: Step[];
}
const workflow = parse(readFileSync('.github/workflows/deploy.yml', 'utf8')) as {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
};
const { test, build, deploy } = workflow.jobs as Record<'test' | 'build' | 'deploy', Job>;
const runs = (job: Job) => job.steps.map((step) => step.run ?? '').join('\n');
const uses = (job: Job, action: string) => job.steps.find((step) => step.uses?.startsWith(action));

describe('the GitHub Actions workflow', () => {
  it('runs on every push and on pull requests', () => {
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['push', 'pull_request']));
    expect(workflow.on.push).toBeNull();
  });

  it('installs Chromium and the dependencies, then runs the whole test suite', () => {
    expect(runs(test)).toMatch(/apt-get install[^\n]*chromium/);
    expect(runs(test)).toContain('npm ci');
    expect(runs(test)).toMatch(/^npm test$/m);
    expect(test.if).toBeUndefined();
  });

  it('builds for Pages only after the tests pass, never for a pull request, with SITE and BASE from Pages', () => {
    expect(build.needs).toBe('test');
    expect(build.if).toContain("github.event_name != 'pull_request'");
    expect(build.if).toContain('default_branch');
    const buildStep = build.steps.find((step) => step.run === 'npm run build')!;
    expect(buildStep.env).toEqual({
      SITE: '${{ steps.pages.outputs.origin }}',
      BASE: '${{ steps.pages.outputs.base_path }}/',
      FACTSHEET_PDF: '1',
    });
    expect(uses(build, 'actions/configure-pages')).toBeTruthy();
    expect(uses(build, 'actions/upload-pages-artifact')?.with).toEqual({ path: 'dist' });
  });

  it('prints the factsheet PDFs after the build and before the upload, with Chromium installed, under the same BASE', () => {
    const order = (match: (step: Step) => boolean) => build.steps.findIndex(match);
    const pdf = order((step) => step.run === 'npm run factsheet:pdf');
    expect(pdf).toBeGreaterThan(order((step) => step.run === 'npm run build'));
    expect(pdf).toBeLessThan(order((step) => Boolean(step.uses?.startsWith('actions/upload-pages-artifact'))));
    expect(runs(build)).toMatch(/apt-get install[^\n]*chromium/);
    expect(build.steps[pdf]!.env?.BASE).toBe('${{ steps.pages.outputs.base_path }}/');
  });

  it('deploys the built artifact with the least permissions', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(deploy.needs).toBe('build');
    expect(deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(uses(deploy, 'actions/deploy-pages')).toBeTruthy();
  });
});
