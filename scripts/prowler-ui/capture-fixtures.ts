/**
 * `npm run prowler-ui:capture`: re-captures src/content/fixtures/prowler/*.html from Prowler App's
 * real UI. Starts the reference server's Prowler flavour (prowler-world.ts), builds or reuses the
 * UI from PROWLER_UI_DIR, signs in through its form with headless Chromium, and saves each page
 * and state reduced to what a profile reads. Set PROWLER_UI_COMMIT when the checkout is another commit.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { ensureBuiltUi } from './build-ui.ts';
import { CACHE_DIR } from './toolchain.ts';
import { startUi } from './start-ui.ts';
import { DEMO_EMAIL, PROWLER_UI_PASSWORD, startProwlerWorld } from './prowler-world.ts';
import { signInThroughForm } from './sign-in.ts';
import { fixtureText, reducedDom } from './reduce-dom.ts';
import { describeSnapshot } from './snapshot.ts';
import { openErrorDialog, scanRow } from './scans-page.ts';

const OUT_DIR = resolve(import.meta.dirname, '../../src/content/fixtures/prowler');

interface Capture {
  name: string;
  path: string;
  state: string;
  /** Brings the page into the state after navigation. */
  prepare(page: Page): Promise<void>;
}

const waitForRow = (text: string) => async (page: Page) => {
  await scanRow(page, text).waitFor({ timeout: 60_000 });
};

const CAPTURES: Capture[] = [
  {
    name: 'scans-completed',
    path: '/scans?tab=completed',
    state: 'Scans page, Completed tab: completed, failed (credentials, permissions, temporary x3 runs, submission) and cancelled scans',
    prepare: waitForRow('s-invalid-credentials-1'),
  },
  {
    name: 'scans-in-progress',
    path: '/scans?tab=active',
    state: 'Scans page, In progress tab: one executing scan (s-submission-error-2) and one not yet started (s-not-started-1)',
    prepare: waitForRow('s-submission-error-2'),
  },
  {
    name: 'scans-error-dialog-credentials',
    path: '/scans?tab=completed',
    state: 'Scans page, Completed tab, "Scan Error Details" dialog open from the row menu of s-invalid-credentials-1 (InvalidClientTokenId)',
    prepare: async (page) => {
      await openErrorDialog(page, 's-invalid-credentials-1');
    },
  },
  {
    name: 'scans-error-dialog-permissions',
    path: '/scans?tab=completed',
    state: 'Scans page, Completed tab, "Scan Error Details" dialog open from the row menu of s-permission-errors-1 (AccessDeniedException)',
    prepare: async (page) => {
      await openErrorDialog(page, 's-permission-errors-1');
    },
  },
  {
    name: 'providers',
    path: '/providers',
    state: 'Providers page ("Cloud Providers"): two providers whose connection check failed (Marketing, HR), the rest connected',
    prepare: async (page) => {
      await page.getByText('Connection failed').first().waitFor({ timeout: 60_000 });
    },
  },
];

async function main(): Promise<void> {
  const uiDir = process.env.PROWLER_UI_DIR;
  if (!uiDir) throw new Error('PROWLER_UI_DIR is not set: point it at the ui/ folder of a prowler-cloud/prowler checkout (see README, "Prowler App\'s real UI")');
  const toolchain = await ensureBuiltUi(uiDir);
  const server = await startProwlerWorld();
  const ui = await startUi(uiDir, toolchain, `${server.url}/api/v1`, join(CACHE_DIR, 'next-start-capture.log'));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await signInThroughForm(page, ui.origin, DEMO_EMAIL, PROWLER_UI_PASSWORD);
    mkdirSync(OUT_DIR, { recursive: true });
    const snapshot = describeSnapshot(uiDir);
    for (const capture of CAPTURES) {
      await page.goto(`${ui.origin}${capture.path}`, { waitUntil: 'domcontentloaded' });
      await capture.prepare(page);
      const file = join(OUT_DIR, `${capture.name}.html`);
      writeFileSync(file, fixtureText({ snapshot, url: capture.path, state: capture.state, capturedAt: new Date().toISOString() }, await reducedDom(page)));
      console.log(`[prowler-ui] captured ${file}`);
    }
  } finally {
    await browser.close();
    await ui.close();
    await server.close();
  }
}

await main();
