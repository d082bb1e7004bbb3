/**
 * One full garbage collection between bundling and rendering, where the build's memory peaks otherwise.
 *
 * Astro renders the pages right after Vite's bundling, in the same process, and V8 does not run a full collection
 * in between: what bundling left behind (some 100 MB of large strings and buffers on the news archive of
 * `npm run bench`) stays in the heap while thousands of pages are rendered on top of it. Collecting once there
 * lowered the peak of `astro build` by about 70 MB at 1,000 news items per language; the collection itself takes
 * about a tenth of a second, within the noise of a whole build (docs/performance.md).
 *
 * A collection can only be asked for when Node runs with `--expose-gc`, which `npm run build` passes
 * (scripts/build.ts); a bare `astro build` skips it and builds the same pages.
 */
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/** The Vite plugin: its `buildApp` hook runs after every environment is bundled, before Astro renders the pages. */
export function releaseMemoryPlugin(collect: (() => void) | undefined = (globalThis as { gc?: () => void }).gc): Plugin {
  return {
    name: 'invest-changping:release-memory',
    apply: 'build',
    buildApp: {
      // After the environments are built (Vite runs `post` hooks then) and before Astro's own `post` hook, which
      // renders the pages: Vite orders plugins without `enforce` before Astro's, whose plugin is `enforce: 'post'`.
      order: 'post',
      async handler() {
        collect?.();
      },
    },
  };
}

export function releaseMemory(): AstroIntegration {
  return {
    name: 'release-memory',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'build') updateConfig({ vite: { plugins: [releaseMemoryPlugin()] } });
      },
    },
  };
}
