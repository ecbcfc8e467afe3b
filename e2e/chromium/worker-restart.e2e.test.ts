import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type Session } from '../support/session.ts';
import { ledger, syncNow, syncState, waitForSettledSync } from '../support/background-hook.ts';
import { failEveryJob } from '../support/scan-api.ts';
import { openPopupWhenSynced } from '../support/popup.ts';
import { SEED_LATEST_SCANS } from '../support/seed-expectations.ts';
import { waitUntil } from '../support/wait-until.ts';

const SCAN = 's-running-1';

interface ControlState {
  data: { faults: Array<{ kind: string; match: string; remaining: number | null }> };
}

describe('service worker stopped mid-sync (Chromium)', () => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession({ scenario: 'seed' });
    await waitForSettledSync(session.ext);
  });
  afterAll(() => session?.close());

  it('resumes after the restart and notifies the failure exactly once, with no duplicate scans', async () => {
    const { ext, server } = session;
    await failEveryJob(server, SCAN, { code: 'AccessDenied', message: 'AccessDenied: User is not authorized to perform: ec2:DescribeInstances' });
    // Hold the changed scan's details in flight long enough to stop the worker while it waits for them.
    await server.control.fault({ kind: 'slow', delayMs: 4_000, match: `/api/v1/scans/${SCAN}/`, count: 1 });
    const before = (await syncState(await ext.serviceWorker())).lastSuccessAt ?? '';
    const interrupted = syncNow(await ext.serviceWorker()).catch((error: unknown) => ({ outcome: `interrupted: ${String(error)}` }));

    const controlState = () => fetch(`${server.url}/__control/state`).then((r) => r.json() as Promise<ControlState>);
    await waitUntil(controlState, (s) => !s.data.faults.some((f) => f.kind === 'slow'), 'the slow request to reach the server');
    await ext.stopServiceWorker();
    expect((await interrupted).outcome).toMatch(/^interrupted/);

    // Anything that needs the background wakes it (here the popup asking for its state); the sync resumes.
    const popup = await openPopupWhenSynced(ext, SEED_LATEST_SCANS.length);
    await waitForSettledSync(ext, before);
    await waitUntil(
      () => popup.locator(`[role=row][data-scan-id="${SCAN}"]`).getAttribute('data-status'),
      (status) => status === 'failed',
      'the popup to show the scan as Failed',
    );

    const worker = await ext.serviceWorker();
    expect(Object.keys(await worker.evaluate(() => chrome.notifications.getAll()))).toEqual([`scansight:scan:${SCAN}`]);
    const entries = (await ledger(worker)).filter((e) => e.scanId === SCAN);
    expect(entries.map((e) => e.outcome)).toEqual(['shown']);
    const ids = await popup.locator('[role=row][data-scan-id]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-scan-id')));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
