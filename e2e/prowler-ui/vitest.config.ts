import { defineConfig } from 'vitest/config';

/**
 * `npm run test:prowler-ui`: the live run against Prowler App's real UI (README, "Prowler App's real
 * UI"). Outside `npm test` and `npm run test:e2e`: it needs a Prowler checkout in PROWLER_UI_DIR
 * (which CI does not have) and minutes to build it the first time.
 */
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['e2e/prowler-ui/**/*.live.test.ts'],
    globalSetup: ['e2e/prowler-ui/global-setup.ts'],
    fileParallelism: false,
    reporters: ['verbose'],
    environment: 'node',
    // A loaded 2-core machine: Next renders each page server-side, then the extension syncs and annotates.
    testTimeout: 180_000,
    hookTimeout: 240_000,
  },
});
