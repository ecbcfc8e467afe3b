/**
 * Issue 8: the browser may stop the MV3 worker at any moment, also again and again during one long
 * sync. Five stops while the cold sync of 1,000 scans × 36 jobs fetches details must lose nothing,
 * repeat nothing and leave a consistent checkpoint. Everything is driven and read from an extension
 * page (messages wake the worker; IndexedDB is the same origin's), never through the stopped worker's handle.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startSession, type Session } from '../support/session.ts';
import { allApiScans } from '../support/api-truth.ts';
import { cacheSnapshot, type CacheSnapshot } from '../support/cache-snapshot.ts';
import { waitUntil } from '../support/wait-until.ts';

const STOPS = 5;

interface ControlState {
  data: { faults: Array<{ kind: string }> };
}

/** Asks the background for a sync as the popup's refresh does; the message wakes a stopped worker. */
const syncFrom = (page: Page) => page.evaluate(() => chrome.runtime.sendMessage({ type: 'sync/now', payload: {} })).catch(() => undefined);

describe('service worker stopped repeatedly mid-sync (Chromium)', () => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession({ scenario: 'large-latest' });
  });
  afterAll(() => session?.close());

  it(`stopped ${STOPS} times while a cold sync of 1,000 scans fetches details: the cache ends as the API, no notification twice, the checkpoint consistent`, async () => {
    const { ext, server } = session;
    const api = await allApiScans(server);
    const expectedJobs = api.reduce((sum, s) => sum + s.jobCount, 0);
    let driver = await ext.openPopup();
    const slowFaultPending = async () => {
      const control = (await (await fetch(`${server.url}/__control/state`)).json()) as ControlState;
      return control.data.faults.some((f) => f.kind === 'slow');
    };

    const atStop: CacheSnapshot[] = [];
    for (let stop = 0; stop < STOPS; stop++) {
      // Hold the next details request (scans/{id}/jobs or /errors) in flight: once it reached the server, the sync is fetching details.
      await server.control.fault({ kind: 'slow', delayMs: 3_000, match: '/api/v1/scans/', count: 1 });
      void syncFrom(driver);
      await waitUntil(slowFaultPending, (pending) => !pending, `a details request before stop ${stop + 1}`, { timeoutMs: 60_000 });
      atStop.push(await cacheSnapshot(driver));
      // Closed first: a page waiting on the worker's answer would start it again at once.
      await driver.close();
      await ext.stopServiceWorker();
      driver = await ext.openPopup();
    }
    // Every stop came while the sync still had details to fetch.
    for (const s of atStop) expect(s.scanIds.length < api.length || (s.sync?.pendingDetails ?? []).length > 0 || s.jobs < expectedJobs).toBe(true);

    const cache = await waitUntil(
      async () => {
        await syncFrom(driver);
        return cacheSnapshot(driver);
      },
      (s) => s.scanIds.length >= api.length && (s.sync?.pendingDetails ?? []).length === 0 && !s.sync?.pass && s.jobs >= expectedJobs,
      'the sync to settle after the last restart',
      { timeoutMs: 240_000, intervalMs: 1_000 },
    );
    // Nothing lost, nothing doubled: the same scans as the API, and every job of every scan once.
    expect([...cache.scanIds].sort()).toEqual(api.map((s) => s.id).sort());
    expect(cache.jobs).toBe(expectedJobs);
    // The checkpoint: no pass left half-way, nothing pending, a watermark.
    expect(cache.sync?.pass ?? null).toBeNull();
    expect(cache.sync?.pendingDetails ?? []).toEqual([]);
    expect(cache.sync?.watermark).toEqual(expect.any(String));
    // No notification twice: one ledger entry per scan and kind, and no more notifications than entries shown.
    const perScanKind = cache.ledger.map((e) => `${e.scanId} ${e.kind}`);
    expect(new Set(perScanKind).size).toBe(perScanKind.length);
    const shown = Object.keys(await driver.evaluate(() => chrome.notifications.getAll()));
    expect(shown.length).toBeLessThanOrEqual(cache.ledger.filter((e) => e.outcome === 'shown').length);
  }, 360_000);
});
