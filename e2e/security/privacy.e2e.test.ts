/**
 * Least privilege and privacy during a full run (configure, sync, popup and detail, options, test
 * connection, the dashboard with its overlay, sync now): every request the extension makes is
 * recorded — by a proxy in front of the API for what reaches it, by the worker's resource timing and
 * the pages' request events for everything else. Only the configured API origin (and the dashboard the
 * user opened) is contacted, the token rides only in the Authorization header of API requests, and it
 * appears in no storage area a content script can read and in no console message.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromiumWithExtension, type ChromiumWithExtension } from '../support/chromium.ts';
import { configureExtension } from '../support/configure-extension.ts';
import { startReferenceServer, type ReferenceServer } from '../../server/start-server.ts';
import { syncNow, waitForSettledSync } from '../support/background-hook.ts';
import { openPopupWhenSynced } from '../support/popup.ts';
import { SEED_LATEST_SCANS } from '../support/seed-expectations.ts';
import { DIST_E2E } from '../support/paths.ts';
import { startHostileProxy, type HostileProxy } from './support/hostile-proxy.ts';
import { tally } from '../../src/testing/tally.ts';

const TOKEN = 'e2e-privacy-token-9f3c2a';
let server: ReferenceServer;
let proxy: HostileProxy;
let ext: ChromiumWithExtension;
const pageRequests: string[] = [];
const consoleMessages: string[] = [];
let workerRequests: string[] = [];

beforeAll(async () => {
  // A distinctive token, so finding it anywhere is unambiguous.
  server = await startReferenceServer({ port: 0, scenario: 'seed', speed: 0, token: TOKEN });
  proxy = await startHostileProxy(server.url, { rewrite: false });
  ext = await launchChromiumWithExtension({ extensionPath: DIST_E2E });
  ext.context.on('request', (r) => pageRequests.push(r.url()));
  ext.context.on('console', (m) => consoleMessages.push(m.text()));
  ext.context.on('page', (p) => p.on('console', (m) => consoleMessages.push(m.text())));
  const worker = await ext.serviceWorker();
  worker.on('console', (m) => consoleMessages.push(m.text()));
  await worker.evaluate(() => performance.setResourceTimingBufferSize(100_000));

  const options = await configureExtension(ext, { apiUrl: proxy.url, token: TOKEN, dashboardUrl: `${proxy.url}/app/` });
  await options.getByRole('button', { name: /test connection/i }).click().catch(() => undefined);
  await waitForSettledSync(ext);
  await options.close();
  const popup = await openPopupWhenSynced(ext, SEED_LATEST_SCANS.length);
  await popup.locator('[role=row][data-scan-id="s-invalid-credentials-1"]').click();
  await popup.locator('[data-detail-for="s-invalid-credentials-1"]').waitFor();
  const dashboard = await ext.context.newPage();
  await dashboard.goto(`${proxy.url}/app/projects`);
  await dashboard.locator('[data-scansight=hint]').first().waitFor();
  await syncNow(await ext.serviceWorker());
  workerRequests = await (await ext.serviceWorker()).evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
});
afterAll(async () => {
  await ext?.close();
  await proxy?.close();
  await server?.close();
});

describe('privacy and least privilege (Chromium)', () => {
  it('every request the extension makes goes to the configured API origin, and the token only in its Authorization header', (ctx) => {
    const apiOrigin = new URL(proxy.url).origin;
    const extensionOrigin = `chrome-extension://${ext.extensionId}`;
    tally(ctx, 'privacy: requests recorded', workerRequests.length + pageRequests.length + proxy.requests.length);
    expect(workerRequests.length).toBeGreaterThan(0);
    for (const url of workerRequests) expect(new URL(url).origin, url).toBe(apiOrigin);
    // Pages: the extension's own files, and the dashboard the user opened (the same origin here).
    // (Node's URL has no origin for chrome-extension: URLs, hence the prefix.)
    const originOf = (url: string) => (url.startsWith(`${extensionOrigin}/`) ? extensionOrigin : new URL(url).origin);
    for (const url of pageRequests) expect([extensionOrigin, apiOrigin], url).toContain(originOf(url));
    for (const url of [...workerRequests, ...pageRequests]) expect(url).not.toContain(TOKEN);
    const withToken = proxy.requests.filter((r) => JSON.stringify(r.headers).includes(TOKEN));
    expect(withToken.length).toBeGreaterThan(0);
    for (const r of withToken) {
      expect(r.url, 'the token goes to the API, never to the dashboard').toMatch(/^\/api\/v1\//);
      expect(r.headers.authorization).toBe(`Bearer ${TOKEN}`);
      expect(JSON.stringify({ ...r.headers, authorization: undefined })).not.toContain(TOKEN);
    }
  });

  it('the token is in no storage area a content script can read', async (ctx) => {
    const page = await ext.openOptions();
    const areas = await page.evaluate(async () => ({
      local: await chrome.storage.local.get(null),
      sync: await chrome.storage.sync.get(null),
      session: await chrome.storage.session.get(null),
    }));
    tally(ctx, 'privacy: storage areas checked', 3);
    // The settings moved to the extension-origin settings database: not in any area a content script reads.
    expect(JSON.stringify(areas)).not.toContain(proxy.url);
    for (const [area, content] of Object.entries(areas)) expect(JSON.stringify(content), area).not.toContain(TOKEN);
    await page.close();
  });

  it('the token appears in no console message of any extension context', (ctx) => {
    tally(ctx, 'privacy: console messages checked', consoleMessages.length);
    for (const message of consoleMessages) expect(message).not.toContain(TOKEN);
  });
});
