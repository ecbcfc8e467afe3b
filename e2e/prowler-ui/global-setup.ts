import { buildExtension } from '../support/build-extension.ts';
import { DIST_E2E } from '../support/paths.ts';
import { ensureBuiltUi } from '../../scripts/prowler-ui/build-ui.ts';

/**
 * Fails clearly without a checkout (a live run that silently skips would pass without proving
 * anything); builds the e2e extension and Prowler's UI (reused when already built).
 */
export default async function setup(): Promise<void> {
  const uiDir = process.env.PROWLER_UI_DIR;
  if (!uiDir) {
    throw new Error(
      'PROWLER_UI_DIR is not set. The live run needs a checkout of Prowler App\'s UI: the ui/ folder of ' +
        'github.com/prowler-cloud/prowler (proven on commit 3e000faa3109230b748e4418a13c11c9e59f5cfb), e.g. ' +
        'PROWLER_UI_DIR=/path/to/prowler/ui npm run test:prowler-ui. See README, "Prowler App\'s real UI".',
    );
  }
  if (process.env.SCANSIGHT_E2E_SKIP_BUILD !== '1') buildExtension({ outDir: DIST_E2E, browser: 'chrome', mode: 'e2e' });
  await ensureBuiltUi(uiDir);
}
