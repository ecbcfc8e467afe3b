import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startSession, type Session } from '../support/session.ts';
import { syncNow, syncState, waitForSettledSync } from '../support/background-hook.ts';
import { openPopupWhenSynced } from '../support/popup.ts';
import { saveScreenshot } from '../support/artifacts.ts';
import { SEED_LATEST_SCANS } from '../support/seed-expectations.ts';
import { waitUntil } from '../support/wait-until.ts';
import { syncIntoFault, type FaultToMeet } from '../support/sync-into-fault.ts';

/** Seed scans needing attention: the badge's count while the API is healthy. */
const HEALTHY_BADGE = String(SEED_LATEST_SCANS.filter((s) => ['failed', 'partially_completed', 'submission_error'].includes(s.status)).length);

describe('API faults (Chromium)', () => {
  let session: Session;
  let popup: Page;
  beforeAll(async () => {
    session = await startSession({ scenario: 'seed' });
    await waitForSettledSync(session.ext);
    popup = await openPopupWhenSynced(session.ext, SEED_LATEST_SCANS.length);
  });
  afterAll(() => session?.close());

  const worker = () => session.ext.serviceWorker();
  const badgeText = async () => (await worker()).evaluate(() => chrome.action.getBadgeText({}));
  const shownRows = () =>
    popup.locator('[role=row][data-scan-id]').evaluateAll((rows) => rows.map((r) => `${r.getAttribute('data-scan-id')}=${r.getAttribute('data-status')}`).sort());
  const seedRows = SEED_LATEST_SCANS.map((s) => `${s.scanId}=${s.status}`).sort();
  const banner = () => popup.locator('[data-banner]');

  /** Injects one fault, runs a sync that meets it, and returns the error code the background recorded. */
  async function syncInto(fault: FaultToMeet): Promise<string | undefined> {
    const { outcome, code } = await syncIntoFault(session, fault);
    expect(outcome).toBe('error');
    return code;
  }

  async function recover(): Promise<void> {
    const before = (await syncState(await worker())).lastSuccessAt ?? '';
    await syncNow(await worker());
    await waitForSettledSync(session.ext, before);
    await waitUntil(badgeText, (text) => text === HEALTHY_BADGE, 'the healthy badge again');
    await banner().waitFor({ state: 'detached' });
  }

  it('500: the "off" badge and the unreachable banner with the error, cached scans still listed', async () => {
    expect(await syncInto({ kind: '500' })).toBe('server_error');
    await waitUntil(badgeText, (text) => text === 'off', 'the unreachable badge');
    await popup.locator('[data-banner=unreachable]').waitFor();
    expect((await popup.locator('[data-banner=unreachable] .banner-detail').textContent())?.trim()).not.toBe('');
    expect(await shownRows()).toEqual(seedRows);
    await saveScreenshot(popup, 'popup-fault-500');
    await recover();
  });

  it('malformed JSON: refused whole, the badge keeps its count, cached scans still listed', async () => {
    expect(await syncInto({ kind: 'malformed-json' })).toBe('invalid_response');
    expect(await badgeText()).toBe(HEALTHY_BADGE);
    expect(await banner().count()).toBe(0);
    expect(await shownRows()).toEqual(seedRows);
    await recover();
  });

  it('401: the "KEY" badge and the token-rejected banner, cached scans still listed', async () => {
    expect(await syncInto({ kind: '401' })).toBe('unauthorized');
    await waitUntil(badgeText, (text) => text === 'KEY', 'the token-rejected badge');
    await popup.locator('[data-banner=unauthorized]').waitFor();
    expect(await shownRows()).toEqual(seedRows);
    await saveScreenshot(popup, 'popup-fault-401');
    await recover();
  });

  it('429 with Retry-After: no request before the server allows it, the badge keeps its count', async () => {
    // Two 429s armed; only one may be consumed, because the background must wait out Retry-After.
    expect(await syncInto({ kind: '429', retryAfter: 600, count: 2 })).toBe('rate_limited');
    expect((await syncNow(await worker())).outcome).toBe('error');
    const state = await fetch(`${session.server.url}/__control/state`).then((r) => r.json() as Promise<{ data: { faults: Array<{ kind: string; remaining: number | null }> } }>);
    expect(state.data.faults.filter((f) => f.kind === '429')).toEqual([expect.objectContaining({ remaining: 1 })]);
    expect(await badgeText()).toBe(HEALTHY_BADGE);
    expect(await shownRows()).toEqual(seedRows);
  });
});
