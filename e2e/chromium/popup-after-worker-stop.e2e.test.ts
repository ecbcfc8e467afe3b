import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type Session } from '../support/session.ts';
import { SEED_LATEST_SCANS } from '../support/seed-expectations.ts';
import { openPopupWhenSynced } from '../support/popup.ts';
import { syncNow, syncState, waitForSettledSync } from '../support/background-hook.ts';
import { CACHE_DB_NAME, VIEW_KEY, VIEW_STORE, paintFromView } from '../../src/popup-view.ts';

const SCAN = 's-running-1';


describe('popup opened after the worker stopped (Chromium)', () => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession({ scenario: 'seed' });
    await waitForSettledSync(session.ext);
  });
  afterAll(() => session?.close());

  it('paints the view the last sync stored, with that sync\'s change, current', async () => {
    const { ext, server } = session;
    const first = await openPopupWhenSynced(ext, SEED_LATEST_SCANS.length);
    await first.close();

    await server.control.transition({ scanId: SCAN, lifecycle: 'stopped' });
    // Sync until nothing is left to fetch: on a loaded machine a pass may stop at its time budget with
    // the stopped scan's jobs still to fetch (its status then reads from the jobs cached before), and
    // the next pass completes it. Each pass that changes something writes the popup's view before it ends.
    for (let pass = 0; pass < 10; pass++) {
      const worker = await ext.serviceWorker();
      expect((await syncNow(worker)).outcome).toBe('ok');
      if ((await syncState(worker)).pending === 0) break;
    }
    // The stored view, read from an extension page as the popup reads it (the real browser's IndexedDB).
    const page = await ext.context.newPage();
    await page.goto(ext.extensionUrl('src/options/index.html'));
    const stored = await page.evaluate(
      ([name, store, key]) =>
        new Promise<{ record: unknown; sync: unknown }>((resolve, reject) => {
          const open = indexedDB.open(name!);
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction(['sync', store!], 'readonly');
            const record = tx.objectStore(store!).get(key!);
            const sync = tx.objectStore('sync').get('state');
            tx.oncomplete = () => resolve({ record: record.result, sync: sync.result });
          };
        }),
      [CACHE_DB_NAME, VIEW_STORE, VIEW_KEY],
    );
    await page.close();
    const paint = paintFromView(stored.record, stored.sync, { filter: 'all', search: '', allRuns: false }, Date.now());
    expect(paint?.current).toBe(true);
    expect(paint?.state.rows.find((r) => r.scanId === SCAN)?.status).toBe('stopped');
    expect(paint?.state.rows).toHaveLength(SEED_LATEST_SCANS.length);

    await ext.stopServiceWorker();
    const popup = await openPopupWhenSynced(ext, SEED_LATEST_SCANS.length);
    expect(await popup.locator(`[role=row][data-scan-id="${SCAN}"]`).getAttribute('data-status')).toBe('stopped');
    const ids = await popup.locator('[role=row][data-scan-id]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-scan-id')).sort());
    expect(ids).toEqual(SEED_LATEST_SCANS.map((s) => s.scanId).sort());
  });
});
