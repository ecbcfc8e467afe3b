import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type Session } from '../support/session.ts';
import { SEED_LATEST_SCANS } from '../support/seed-expectations.ts';
import { openPopupWhenSynced } from '../support/popup.ts';
import { syncNow, syncState, waitForSettledSync } from '../support/background-hook.ts';
import { SCREEN_KEY } from '../../src/background/views/kept-first-screen.ts';

const SCAN = 's-running-1';

interface Kept {
  rows: Array<{ scanId: string; status: string }>;
}

describe('popup opened after the worker stopped (Chromium)', () => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession({ scenario: 'seed' });
    await waitForSettledSync(session.ext);
  });
  afterAll(() => session?.close());

  it('paints the first screen the last sync kept in session storage, with that sync\'s change', async () => {
    const { ext, server } = session;
    const first = await openPopupWhenSynced(ext, SEED_LATEST_SCANS.length);
    await first.close();

    await server.control.transition({ scanId: SCAN, lifecycle: 'stopped' });
    // Sync until nothing is left to fetch: on a loaded machine a pass may stop at its time budget with
    // the stopped scan's jobs still to fetch (its status then reads from the jobs cached before), and
    // the next pass completes it. Each pass that changes something keeps the popup's next first screen.
    for (let pass = 0; pass < 10; pass++) {
      const worker = await ext.serviceWorker();
      expect((await syncNow(worker)).outcome).toBe('ok');
      if ((await syncState(worker)).pending === 0) break;
    }
    // The sync kept the popup's next first screen; storage.session is the real browser's.
    const page = await ext.context.newPage();
    await page.goto(ext.extensionUrl('src/options/index.html'));
    const kept = (await page.evaluate((key) => chrome.storage.session.get(key), SCREEN_KEY))[SCREEN_KEY] as Kept | undefined;
    await page.close();
    expect(kept?.rows.find((r) => r.scanId === SCAN)?.status).toBe('stopped');
    expect(kept?.rows).toHaveLength(SEED_LATEST_SCANS.length);

    await ext.stopServiceWorker();
    const popup = await openPopupWhenSynced(ext, SEED_LATEST_SCANS.length);
    expect(await popup.locator(`[role=row][data-scan-id="${SCAN}"]`).getAttribute('data-status')).toBe('stopped');
    const ids = await popup.locator('[role=row][data-scan-id]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-scan-id')).sort());
    expect(ids).toEqual(SEED_LATEST_SCANS.map((s) => s.scanId).sort());
  });
});
