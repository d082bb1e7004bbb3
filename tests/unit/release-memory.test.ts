import { describe, expect, it, vi } from 'vitest';
import { releaseMemory, releaseMemoryPlugin } from '../../src/build/release-memory';

describe('one full collection between bundling and rendering', () => {
  it('runs after the bundles are built (a post buildApp hook), in builds only', async () => {
    const collect = vi.fn();
    const plugin = releaseMemoryPlugin(collect);
    expect(plugin.apply).toBe('build');
    // No `enforce`: Vite runs it before Astro's own post hook (enforce: 'post'), which renders the pages.
    expect(plugin.enforce).toBeUndefined();
    const hook = plugin.buildApp as unknown as { order: string; handler: () => Promise<void> };
    expect(hook.order).toBe('post');
    await hook.handler();
    expect(collect).toHaveBeenCalledTimes(1);
  });

  it('does nothing where Node was not started with --expose-gc', async () => {
    const hook = releaseMemoryPlugin(undefined).buildApp as unknown as { handler: () => Promise<void> };
    await expect(hook.handler()).resolves.toBeUndefined();
  });

  it('is added to the Vite config of a build, not of the dev server', () => {
    const setup = releaseMemory().hooks['astro:config:setup'] as (options: unknown) => void;
    for (const command of ['build', 'dev']) {
      const updateConfig = vi.fn();
      setup({ command, updateConfig });
      expect(updateConfig).toHaveBeenCalledTimes(command === 'build' ? 1 : 0);
    }
  });
});
