import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '~': fileURLToPath(new URL('./src', import.meta.url)) } },
  // 30 s a test: the first conversion to zh-hk builds OpenCC's dictionaries (a few seconds on a busy machine), and
  // the content-check tests run the whole check on a copy of the content. Timeouts only; no test asserts a duration.
  test: { include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 30_000 },
});
