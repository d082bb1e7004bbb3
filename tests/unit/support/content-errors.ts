/**
 * The content-error fixtures: `tests/fixtures/content-errors/valid/` is a small valid site; `cases/<name>/` holds
 * only the files that put exactly one mistake into it. `fixtureRoot(name)` lays a case over a copy of `valid/` in a
 * temporary folder (once per test file) and returns that project root; call `removeFixtureRoots` in `afterAll`.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CONTENT_ERRORS = 'tests/fixtures/content-errors';

const roots = new Map<string, string>();

export function fixtureRoot(fixture: string): string {
  if (fixture === 'valid') return `${CONTENT_ERRORS}/valid`;
  let root = roots.get(fixture);
  if (!root) {
    root = mkdtempSync(join(tmpdir(), `content-${fixture}-`));
    cpSync(`${CONTENT_ERRORS}/valid`, root, { recursive: true });
    cpSync(`${CONTENT_ERRORS}/cases/${fixture}`, root, { recursive: true });
    roots.set(fixture, root);
  }
  return root;
}

export function removeFixtureRoots(): void {
  roots.forEach((root) => rmSync(root, { recursive: true, force: true }));
  roots.clear();
}
