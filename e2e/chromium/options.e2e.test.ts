import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type Session } from '../support/session.ts';
import { fillConnection } from '../support/configure-extension.ts';
import { saveScreenshot } from '../support/artifacts.ts';
import { waitForSettledSync } from '../support/background-hook.ts';

describe('options page (Chromium)', () => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession({ scenario: 'seed', configure: false });
  });
  afterAll(() => session?.close());

  it('configures the API and dashboard by the labelled fields, keeps the token out of the page, and syncs', async () => {
    const { ext, server } = session;
    const page = await ext.openOptions();
    await fillConnection(page, { apiUrl: server.url, token: server.token, dashboardUrl: server.dashboardUrl });
    await saveScreenshot(page, 'options-configured', { fullPage: true });

    // A fresh options page shows what was saved, and never the token itself.
    const reopened = await ext.openOptions();
    await expect.poll(() => reopened.getByLabel('API URL').inputValue()).toBe(server.url);
    expect(await reopened.getByLabel('Dashboard URL').inputValue()).toBe(server.dashboardUrl);
    expect(await reopened.getByLabel('API token').inputValue()).toBe('');
    await reopened.getByText('A token is saved.').waitFor();

    // The saved connection works: the background syncs the seed scans into its cache.
    const state = await waitForSettledSync(ext);
    expect(state.lastError).toBeNull();
    expect(state.scans).toBeGreaterThanOrEqual(10);
  });

  it('sends a test notification for "I get no notifications", and says it got through', async () => {
    const page = await session.ext.openOptions();
    await page.getByRole('button', { name: 'Send a test notification' }).click();
    await expect.poll(() => page.locator('.notify-report').textContent()).toMatch(/^A test notification was sent\./);
    const worker = await session.ext.serviceWorker();
    expect(Object.keys(await worker.evaluate(() => chrome.notifications.getAll()))).toContain('scansight:test');
    expect(await worker.evaluate(() => chrome.notifications.getPermissionLevel())).toBe('granted');
    await page.close();
  });
});
