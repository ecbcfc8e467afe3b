import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type Session } from '../support/session.ts';
import { saveScreenshot } from '../support/artifacts.ts';
import { SEED_LATEST_SCANS } from '../support/seed-expectations.ts';
import { openPopupWhenSynced } from '../support/popup.ts';
import { waitForSettledSync } from '../support/background-hook.ts';

describe('toolbar popup (Chromium)', () => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession({ scenario: 'seed' });
    await waitForSettledSync(session.ext);
  });
  afterAll(() => session?.close());

  it('lists the latest scan of every seed scenario with the right status badge and label', async () => {
    const popup = await openPopupWhenSynced(session.ext, SEED_LATEST_SCANS.length);
    const shown = await popup.locator('[role=row][data-scan-id]').evaluateAll((rows) =>
      rows.map((row) => ({
        scanId: row.getAttribute('data-scan-id'),
        status: row.getAttribute('data-status'),
        label: row.querySelector('.status-badge-label')?.textContent ?? null,
      })),
    );
    const byId = (a: { scanId: string | null }, b: { scanId: string | null }) => String(a.scanId).localeCompare(String(b.scanId));
    expect(shown.sort(byId)).toEqual([...SEED_LATEST_SCANS].sort(byId));
    await saveScreenshot(popup, 'popup-seed');
  });

  it('sets the toolbar badge to the number of latest scans needing attention, red for failures', async () => {
    const worker = await session.ext.serviceWorker();
    const needAttention = SEED_LATEST_SCANS.filter((s) => ['failed', 'partially_completed', 'submission_error'].includes(s.status));
    await expect.poll(() => worker.evaluate(() => chrome.action.getBadgeText({}))).toBe(String(needAttention.length));
    const [r, g, b] = await worker.evaluate(() => chrome.action.getBadgeBackgroundColor({}));
    expect({ r, g, b }).toEqual({ r: 0xd9, g: 0x30, b: 0x25 });
  });
});
