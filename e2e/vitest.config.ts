import { defineConfig } from 'vitest/config';

/** The real-browser suite: one browser at a time (fileParallelism off), each file its own server. */
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['e2e/**/*.e2e.test.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    fileParallelism: false,
    // Print every test, so a file or test that is not collected shows in CI.
    reporters: ['verbose', './src/testing/fuzz-summary-reporter.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
