/** Every internal link and asset referenced from the built HTML exists in dist/, and stays inside the base. */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test, expect } from '@playwright/test';
import { BASE, DIST } from './support/site';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === 'pagefind' || name === 'admin' ? [] : htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

function resolves(pathname: string): boolean {
  const inside = decodeURIComponent(pathname.slice(BASE.length));
  const target = join(DIST, inside);
  if (pathname.endsWith('/')) return existsSync(join(target, 'index.html'));
  return existsSync(target);
}

test('internal links and assets resolve, inside the base path', () => {
  const broken: string[] = [];
  const escaped: string[] = [];
  for (const file of htmlFiles(DIST)) {
    const html = readFileSync(file, 'utf8');
    for (const match of html.matchAll(/\s(?:href|src)="([^"#?]*)[^"]*"/g)) {
      const url = match[1]!;
      if (url === '' || /^(https?:|mailto:|tel:|data:|javascript:)/.test(url) || url.startsWith('//')) continue;
      if (!url.startsWith('/')) continue;
      if (!url.startsWith(BASE)) {
        escaped.push(`${relative(DIST, file)} → ${url}`);
        continue;
      }
      if (!resolves(url)) broken.push(`${relative(DIST, file)} → ${url}`);
    }
  }
  expect(escaped, 'links that leave the base path').toEqual([]);
  expect([...new Set(broken)], 'broken internal links').toEqual([]);
});
