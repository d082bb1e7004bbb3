/** Reads the phase timings out of `astro build` output, to say what dominates the build. */
import { isLocale } from '../../src/i18n/locales.ts';

export interface BuildPhases {
  /** Content sync and type generation (`[types] Generated 1.36s`). */
  contentMs?: number;
  /** Vite bundling of the static entrypoints (sum of `[vite] ✓ built in …`). */
  bundleMs?: number;
  /** Rendering every page to HTML (`generating static routes … ✓ Completed in …`). */
  renderMs?: number;
  /** Astro's own total (`[build] N page(s) built in …`). */
  totalMs?: number;
  /** Pages Astro reports having built. */
  pages?: number;
  /** Render time summed by route shape (`news/*`, `news/tags/*`), slowest first. */
  routes?: RouteTime[];
}

export interface RouteTime {
  route: string;
  pages: number;
  ms: number;
}

/** `/zh-cn/news/tags/investment/index.html` → `news/tags/*`: language dropped, values starred, `tags`/`page` kept. */
export function routeShape(path: string): string {
  const segments = path.replace(/\/index\.html$|\.html$/, '').split('/').filter(Boolean);
  if (isLocale(segments[0])) segments.shift();
  if (segments.length === 0) return '(home)';
  return segments.map((s, i) => (i === 0 || s === 'tags' || s === 'page' ? s : '*')).join('/');
}

/** `1.36s` → 1360, `755ms` → 755. */
export function parseDuration(text: string): number | undefined {
  const match = /([\d.]+)\s*(ms|s|m)\b/.exec(text);
  if (!match) return undefined;
  const value = Number(match[1]);
  return match[2] === 'ms' ? value : match[2] === 's' ? value * 1000 : value * 60_000;
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

export function parseAstroBuildLog(log: string): BuildPhases {
  const lines = log.replace(ANSI, '').split('\n');
  const phases: BuildPhases = {};
  let inRoutes = false;
  const routes = new Map<string, RouteTime>();
  for (const line of lines) {
    const page = /[├└]─ (\/\S+) \(\+(\d+(?:\.\d+)?)(ms|s)\)/.exec(line);
    if (inRoutes && page) {
      const route = routeShape(page[1]!);
      const entry = routes.get(route) ?? { route, pages: 0, ms: 0 };
      entry.pages++;
      entry.ms += Number(page[2]) * (page[3] === 's' ? 1000 : 1);
      routes.set(route, entry);
      continue;
    }
    if (/\[types\] Generated/.test(line)) phases.contentMs = parseDuration(line.split('Generated')[1]!);
    else if (/\[vite\].*built in/.test(line)) phases.bundleMs = (phases.bundleMs ?? 0) + (parseDuration(line.split('built in')[1]!) ?? 0);
    else if (/generating static routes/.test(line)) inRoutes = true;
    else if (inRoutes && /Completed in/.test(line)) {
      phases.renderMs = parseDuration(line.split('Completed in')[1]!);
      inRoutes = false;
    } else {
      const total = /(\d+) page\(s\) built in (.+)$/.exec(line);
      if (total) {
        phases.pages = Number(total[1]);
        phases.totalMs = parseDuration(total[2]!);
      }
    }
  }
  if (routes.size) phases.routes = [...routes.values()].sort((a, b) => b.ms - a.ms);
  return phases;
}
