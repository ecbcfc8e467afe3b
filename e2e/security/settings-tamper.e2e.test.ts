/**
 * A compromised dashboard renderer runs code in ScanSight's content-script world (the isolated world
 * on the dashboard's page) and tries to change ScanSight's settings: switch notifications and the
 * overlay off and point the dashboard link at a phishing site. It can write `storage.local` and send
 * messages, and neither changes a thing: the settings live in the extension-origin database and the
 * background answers content scripts only `overlay/*`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { launchChromiumWithExtension, type ChromiumWithExtension } from '../support/chromium.ts';
import { configureExtension } from '../support/configure-extension.ts';
import { startReferenceServer, type ReferenceServer } from '../../server/start-server.ts';
import { waitForSettledSync } from '../support/background-hook.ts';
import { DIST_E2E } from '../support/paths.ts';
import { waitUntil } from '../support/wait-until.ts';

let server: ReferenceServer;
let ext: ChromiumWithExtension;
let dashboard: Page;
let cdp: CDPSession;
const PHISHING = 'https://phish.example/';

beforeAll(async () => {
  server = await startReferenceServer({ port: 0, scenario: 'seed', speed: 0 });
  ext = await launchChromiumWithExtension({ extensionPath: DIST_E2E });
  const options = await configureExtension(ext, { apiUrl: server.url, token: server.token, dashboardUrl: `${server.url}/app/` });
  await waitForSettledSync(ext);
  await options.close();
  dashboard = await ext.context.newPage();
  await dashboard.goto(`${server.url}/app/projects`);
  await dashboard.locator('[data-scansight=hint]').first().waitFor({ timeout: 30_000 });
  cdp = await ext.context.newCDPSession(dashboard);
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

/** Runs `expression` in ScanSight's content-script world on the dashboard page and returns its JSON result. */
async function inContentScript(expression: string): Promise<unknown> {
  const contexts: Array<{ id: number; origin: string; auxData?: { type?: string } }> = [];
  cdp.on('Runtime.executionContextCreated', (event: { context: (typeof contexts)[number] }) => contexts.push(event.context));
  await cdp.send('Runtime.enable');
  const world = await waitUntil(
    async () => contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.includes(ext.extensionId)),
    (found) => found !== undefined,
    "ScanSight's content-script world",
    { timeoutMs: 10_000, intervalMs: 100 },
  );
  const reply = (await cdp.send('Runtime.evaluate', { expression, contextId: world!.id, awaitPromise: true, returnByValue: true })) as { result: { value?: unknown }; exceptionDetails?: unknown };
  if (reply.exceptionDetails) throw new Error(`content-script code threw: ${JSON.stringify(reply.exceptionDetails)}`);
  return reply.result.value;
}

describe("a dashboard page's content-script world cannot change ScanSight's settings (Chromium)", () => {
  it('writes storage.local and sends options/save: settings, overlay and links stay as the user saved them', async () => {
    const attempt = (await inContentScript(`(async () => {
      const evil = { sourceType: 'scansight', apiUrl: ${JSON.stringify(server.url)}, dashboardUrl: ${JSON.stringify(PHISHING)}, pollIdleMinutes: 5,
        notifications: { broken: false, stillFailing: false, fixed: false, completed: false, quietHours: null },
        retention: { runsPerProject: 20, errorLogDays: 30 }, overlayEnabled: false, prowlerAuth: 'api-key', prowlerEmail: '' };
      await chrome.storage.local.set({ settings: evil });
      let message;
      try { message = await chrome.runtime.sendMessage({ type: 'options/save', payload: { settings: evil } }); }
      catch (e) { message = 'rejected: ' + e.message; }
      return { wrote: Object.keys(await chrome.storage.local.get(null)), message: JSON.stringify(message ?? null) };
    })()`)) as { wrote: string[]; message: string };
    expect(attempt.wrote).toContain('settings'); // the write itself went through: storage.local is open to content scripts
    expect(attempt.message).not.toMatch(/"ok":true/);

    // The background still has the user's settings: the options page shows them.
    const options = await ext.openOptions();
    await expect.poll(() => options.getByLabel('Dashboard URL').inputValue(), { timeout: 10_000 }).toBe(`${server.url}/app/`);
    await options.close();
    // The overlay stays on: a reload of the dashboard is annotated again.
    await dashboard.reload();
    await dashboard.locator('[data-scansight=hint]').first().waitFor({ timeout: 30_000 });
  });
});
