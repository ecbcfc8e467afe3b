import { buildExtension } from './support/build-extension.ts';
import { DIST_E2E, DIST_FIREFOX, DIST_FIREFOX_E2E } from './support/paths.ts';

/** Builds the three flavours the suite loads or lints, once per run, so the suite tests the current code. */
export default function setup(): void {
  if (process.env.SCANSIGHT_E2E_SKIP_BUILD === '1') return;
  buildExtension({ outDir: DIST_E2E, browser: 'chrome', mode: 'e2e' });
  buildExtension({ outDir: DIST_FIREFOX, browser: 'firefox', mode: 'production' });
  buildExtension({ outDir: DIST_FIREFOX_E2E, browser: 'firefox', mode: 'e2e' });
}
