import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type Session } from '../support/session.ts';
import { ledger, syncNow, syncState, waitForSettledSync } from '../support/background-hook.ts';
import { failEveryJob } from '../support/scan-api.ts';
import { waitUntil } from '../support/wait-until.ts';
import { saveOptions } from '../support/configure-extension.ts';

const SCAN = 's-running-1';

describe('a scan turning Failed (Chromium)', () => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession({ scenario: 'running' });
    await waitForSettledSync(session.ext);
  });
  afterAll(() => session?.close());

  const notifications = async () => Object.keys(await (await session.ext.serviceWorker()).evaluate(() => chrome.notifications.getAll()));
  const badgeText = async () => (await session.ext.serviceWorker()).evaluate(() => chrome.action.getBadgeText({}));

  it('is quiet while the scan runs', async () => {
    expect(await badgeText()).toBe('');
    expect(await notifications()).toEqual([]);
  });

  it('raises the toolbar badge and exactly one notification, never repeated by later syncs', async () => {
    const failed = await failEveryJob(session.server, SCAN, {
      code: 'InvalidClientTokenId',
      message: 'InvalidClientTokenId: The security token included in the request is invalid.',
    });
    expect(failed).toBeGreaterThan(0);
    const worker = await session.ext.serviceWorker();
    // Record what the notification says (headless Chromium shows none): its text comes from chrome.i18n.
    await worker.evaluate(() => {
      const api = chrome.notifications as unknown as { create(id: string, options: object): Promise<string> };
      const create = api.create.bind(api);
      const shown: object[] = [];
      (globalThis as { shownNotifications?: object[] }).shownNotifications = shown;
      api.create = (id, options) => (shown.push(options), create(id, options));
    });
    const before = (await syncState(worker)).lastSuccessAt ?? '';
    await syncNow(worker);
    await waitForSettledSync(session.ext, before);

    await waitUntil(badgeText, (text) => text === '1', 'the badge to count the failed scan');
    expect(await notifications()).toEqual([`scansight:scan:${SCAN}`]);
    // Texts from messages.json, placeholders filled in, in the worker and the toolbar.
    expect(await worker.evaluate(() => (globalThis as { shownNotifications?: object[] }).shownNotifications)).toEqual([expect.objectContaining({
      title: 'Failed: Checkout — AWS staging',
      // The cause, from the classified error logs, on a line of its own.
      message: expect.stringMatching(/^Scan needs attention\. .+ — \d+ of \d+ jobs failed\nInvalid credentials \(InvalidClientTokenId\)$/),
      buttons: [{ title: 'Open' }, { title: 'Re-run' }],
    })]);
    expect(await worker.evaluate(() => chrome.action.getTitle({}))).toBe('ScanSight — needs attention: 1 Failed');

    // Later rounds see the same failure: no second notification.
    await syncNow(worker);
    await syncNow(worker);
    expect(await notifications()).toEqual([`scansight:scan:${SCAN}`]);
  });

  it('opens the failed scan in the dashboard when the notification is clicked', async () => {
    const { ext, server } = session;
    const worker = await ext.serviceWorker();
    const opened = ext.context.waitForEvent('page', { timeout: 15_000 });
    // Headless Chromium shows no notification to click: fire the same onClicked event a click fires.
    await worker.evaluate((id) => (chrome.notifications.onClicked as unknown as { dispatch(id: string): void }).dispatch(id), `scansight:scan:${SCAN}`);
    const page = await opened;
    await page.waitForURL((url) => url.href.startsWith(`${server.url}/app/projects/p-running/history`));
    expect(new URL(page.url()).searchParams.get('scan')).toBe(SCAN);
    await waitUntil(notifications, (ids) => ids.length === 0, 'the clicked notification to be cleared');
  });

  it('stays quiet about a failure whose dashboard page the user is looking at, and records it as seen', async () => {
    const { ext, server } = session;
    // A new run of the project, then its history page in the focused window's active tab.
    const started = await fetch(`${server.url}/api/v1/projects/p-running/scans`, {
      method: 'POST', headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' }, body: '{}',
    });
    expect(started.status).toBe(201);
    const run = ((await started.json()) as { data: { id: string } }).data.id;
    let worker = await ext.serviceWorker();
    // The project failed before, so this is "still failing": ask for those too (off by default).
    // Through the options page: the settings live where only the extension's own pages can change them.
    const optionsPage = await ext.openOptions();
    await optionsPage.getByLabel('A scan is still failing').check();
    await saveOptions(optionsPage);
    await optionsPage.close();
    await syncNow(worker);
    const page = await ext.context.newPage();
    await page.goto(`${server.url}/app/projects/p-running/history`);
    await page.bringToFront();

    await server.control.advance(60_000); // the simulated scanner creates the run's jobs
    const failed = await failEveryJob(server, run, { code: 'Throttling', message: 'An error occurred (Throttling) when calling the DescribeRegions operation: Rate exceeded' });
    worker = await ext.serviceWorker();
    const before = (await syncState(worker)).lastSuccessAt ?? '';
    await syncNow(worker);
    await waitForSettledSync(ext, before);

    expect(failed).toBeGreaterThan(0);
    expect((await ledger(worker)).filter((e) => e.scanId === run)).toEqual([expect.objectContaining({ outcome: 'in_front' })]);
    expect(await notifications()).not.toContain(`scansight:scan:${run}`);
    await waitUntil(badgeText, (text) => text === '1', 'the badge to count the failed run all the same');
    await page.close();

    // "Why was I not told?": the options page lists what the notifier did with it, and with the first failure.
    const options = await ext.openOptions();
    const held = options.locator('.recent-notifications li[data-outcome=in_front]');
    await held.waitFor();
    expect(await held.textContent()).toContain('Checkout — AWS staging');
    expect(await held.textContent()).toContain('Still failing: not notified, its dashboard page was in front of you');
    expect(await options.locator('.recent-notifications li[data-outcome=shown]').first().textContent()).toContain('Scan needs attention: notified');
    await options.close();
  });
});
