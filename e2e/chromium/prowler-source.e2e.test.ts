/**
 * The whole extension against Prowler App's API (the reference server's Prowler flavour): configured
 * through the options page by label, in both auth modes; the popup, the badge and the remediation
 * follow Prowler's capabilities (credentials editable: update the secret, never delete and re-create).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { waitForSettledSync } from '../support/background-hook.ts';
import { openPopupWhenSynced } from '../support/popup.ts';
import { configureProwler, PROWLER_DEMO_EMAIL, PROWLER_SEED_LATEST_SCANS, startProwlerSession, type ProwlerLogin, type ProwlerSession } from '../support/prowler.ts';

/** Each latest scan's id, status and label as the popup lists them. */
async function listedScans(popup: Page) {
  const shown = await popup.locator('[role=row][data-scan-id]').evaluateAll((rows) =>
    rows.map((row) => ({
      scanId: row.getAttribute('data-scan-id'),
      status: row.getAttribute('data-status'),
      label: row.querySelector('.status-badge-label')?.textContent ?? null,
    })),
  );
  return shown.sort((a, b) => String(a.scanId).localeCompare(String(b.scanId)));
}

const EXPECTED = [...PROWLER_SEED_LATEST_SCANS].sort((a, b) => a.scanId.localeCompare(b.scanId));

/** A session configured for Prowler App with `login(server token)`, synced once. */
function configuredSession(login: (token: string) => ProwlerLogin): () => ProwlerSession {
  let session: ProwlerSession;
  beforeAll(async () => {
    session = await startProwlerSession();
    const options = await session.ext.openOptions();
    await configureProwler(options, { apiUrl: session.server.url, dashboardUrl: `${session.server.url}/app/`, login: login(session.server.token) });
    await options.close();
    await waitForSettledSync(session.ext);
  });
  afterAll(() => session?.close());
  return () => session;
}

describe('Prowler App source, API key (Chromium)', () => {
  const session = configuredSession((token) => ({ mode: 'api-key', apiKey: token }));

  it('lists the latest scan of every provider with Prowler\'s statuses and the product labels', async () => {
    const popup = await openPopupWhenSynced(session().ext, EXPECTED.length);
    expect(await listedScans(popup)).toEqual(EXPECTED);
    await popup.close();
  });

  it('sets the badge to the number of latest scans needing attention', async () => {
    const worker = await session().ext.serviceWorker();
    const needAttention = EXPECTED.filter((s) => ['failed', 'partially_completed', 'submission_error'].includes(s.status));
    await expect.poll(() => worker.evaluate(() => chrome.action.getBadgeText({}))).toBe(String(needAttention.length));
  });

  it('tells the user to update the provider\'s secret for invalid credentials, not to delete and re-create it', async () => {
    const popup = await openPopupWhenSynced(session().ext, EXPECTED.length);
    await popup.locator('[role=row][data-scan-id="s-invalid-credentials-1"]').click();
    const detail = popup.locator('[data-detail-for="s-invalid-credentials-1"]');
    await detail.getByText('Invalid credentials').first().waitFor();
    const text = await detail.innerText();
    expect(text).toContain('Update its credentials (secret, key or token) with valid ones; the connector itself can stay.');
    expect(text).not.toMatch(/delete the connector|create a new integration/i);
    await popup.close();
  });

  it('offers no Stop for a running Prowler scan (Prowler cannot stop a started scan)', async () => {
    const popup = await openPopupWhenSynced(session().ext, EXPECTED.length);
    await popup.locator('[role=row][data-scan-id="s-running-1"]').click();
    const detail = popup.locator('[data-detail-for="s-running-1"]');
    // The actions are drawn together: once "Open in dashboard" shows, a Stop would show too.
    await detail.locator('button[data-action=open-dashboard]').waitFor();
    expect(await detail.locator('button[data-action=stop]').count()).toBe(0);
    await popup.close();
  });
});

describe('Prowler App source, email and password (Chromium)', () => {
  const session = configuredSession((token) => ({ mode: 'password', email: PROWLER_DEMO_EMAIL, password: token }));

  it('logs in for a JWT and lists the same scans', async () => {
    const popup = await openPopupWhenSynced(session().ext, EXPECTED.length);
    expect(await listedScans(popup)).toEqual(EXPECTED);
  });
});
