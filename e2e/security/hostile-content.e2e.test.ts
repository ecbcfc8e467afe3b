/**
 * Hostile content in the real browser: every project, scan, job and integration name, error code,
 * message, detail and submission error the API returns is an XSS payload (e2e/security/support/
 * xss-corpus.ts, served through a rewriting proxy). In the popup, the options page and the dashboard
 * overlay: the payloads are shown as text, the sentinel is never set, no payload element exists and
 * no Content-Security-Policy violation fires.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromiumWithExtension, type ChromiumWithExtension } from '../support/chromium.ts';
import { configureExtension } from '../support/configure-extension.ts';
import { startControlledServer, type ControlledServer } from '../support/reference-server.ts';
import { waitForSettledSync } from '../support/background-hook.ts';
import { openPopupWhenSynced } from '../support/popup.ts';
import { openErrorPanel } from '../support/dashboard.ts';
import { SEED_LATEST_SCANS } from '../support/seed-expectations.ts';
import { DIST_E2E } from '../support/paths.ts';
import { startHostileProxy, type HostileProxy } from './support/hostile-proxy.ts';
import { probe, watchCspViolations } from './support/page-probes.ts';
import { XSS_CORPUS } from './support/xss-corpus.ts';
import { tally } from '../../src/testing/tally.ts';

let server: ControlledServer;
let proxy: HostileProxy;
let ext: ChromiumWithExtension;

beforeAll(async () => {
  server = await startControlledServer({ scenario: 'seed' });
  proxy = await startHostileProxy(server.url);
  ext = await launchChromiumWithExtension({ extensionPath: DIST_E2E });
  await watchCspViolations(ext.context);
  const options = await configureExtension(ext, { apiUrl: proxy.url, token: server.token, dashboardUrl: `${proxy.url}/app/` });
  await options.close();
  await waitForSettledSync(ext);
});
afterAll(async () => {
  await ext?.close();
  await proxy?.close();
  await server?.close();
});

/** Asserts a page ran nothing and built nothing from the payloads, and returns how often it showed them as text. */
async function expectInert(page: Page, what: string): Promise<number> {
  const seen = await probe(page);
  expect(seen.sentinel, `${what}: window.__xss`).toBeUndefined();
  expect(seen.payloadElements, `${what}: elements from a payload`).toBe(0);
  expect(seen.cspViolations, `${what}: CSP violations`).toEqual([]);
  return seen.payloadTextShown;
}

describe('hostile content from the API (Chromium)', () => {
  it('the popup shows every payload as text: list and scan detail (jobs, error logs, support bundle)', async (ctx) => {
    const popup = await openPopupWhenSynced(ext, SEED_LATEST_SCANS.length);
    let shown = await expectInert(popup, 'popup list');
    // The rows the popup's window renders (it virtualises long lists); the failed ones carry error logs.
    const ids = await popup.locator('[role=row][data-scan-id]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-scan-id')!));
    for (const scanId of ids) {
      // A real click: scrolled into view below the previous row's tall detail, it must hold still
      // (the list once dropped and remounted it in a loop; see scan-list.test.tsx).
      await popup.locator(`[role=row][data-scan-id="${scanId}"]`).click();
      await popup.locator(`[data-detail-for="${scanId}"]`).waitFor();
      shown += await expectInert(popup, `popup detail of ${scanId}`);
    }
    tally(ctx, 'hostile content: payload views (popup)', ids.length + 1);
    expect(shown).toBeGreaterThan(0);
    await popup.close();
  });

  it('the options page shows payload project names as text', async (ctx) => {
    const options = await ext.openOptions();
    // The project names (payloads) arrive with the muted-projects list, after the settings render.
    await options.locator('fieldset', { hasText: 'Muted projects' }).locator('label.check').first().waitFor();
    tally(ctx, 'hostile content: payload views (options)', 1);
    expect(await expectInert(options, 'options page')).toBeGreaterThan(0);
    await options.close();
  });

  it('the overlay on the dashboard (Projects, History + Error panel, Connected Providers) builds nothing from payloads', async (ctx) => {
    const page = await ext.context.newPage();
    await page.goto(`${proxy.url}/app/projects`);
    await page.locator('[data-scansight=hint]').first().waitFor();
    await expectInert(page, 'dashboard projects');
    await page.goto(`${proxy.url}/app/projects/p-invalid-credentials/history`);
    await openErrorPanel(page, 's-invalid-credentials-1');
    await page.locator('[data-scansight=hint]').first().waitFor();
    await expectInert(page, 'dashboard history + error panel');
    await page.goto(`${proxy.url}/app/integrations`);
    await page.locator('tr[data-scansight=connector]').first().waitFor();
    await expectInert(page, 'dashboard integrations');
    tally(ctx, 'hostile content: payload views (overlay)', 3);
    await page.close();
  });

  it('the corpus really went through: the API served payloads to the extension', (ctx) => {
    tally(ctx, 'hostile content: payloads in the corpus', XSS_CORPUS.length);
    const api = proxy.requests.filter((r) => r.url.startsWith('/api/v1/'));
    expect(api.length).toBeGreaterThan(0);
  });
});
