import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickButton, fillByLabel, launchFirefoxWithExtension, type FirefoxWithExtension } from '../support/firefox.ts';
import { startControlledServer, type ControlledServer } from '../support/reference-server.ts';
import { DIST_FIREFOX_E2E } from '../support/paths.ts';

describe('Firefox ESR smoke test (temporary add-on over WebDriver BiDi)', () => {
  let server: ControlledServer;
  let firefox: FirefoxWithExtension;
  beforeAll(async () => {
    server = await startControlledServer({ scenario: 'seed' });
    firefox = await launchFirefoxWithExtension(DIST_FIREFOX_E2E);
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('is configured on its options page and annotates the dashboard', async () => {
    const options = await firefox.openPage(firefox.extensionUrl('src/options/index.html'));
    await options.waitForSelector('label');
    await fillByLabel(options, 'API URL', server.url);
    await fillByLabel(options, 'API token', server.token);
    await fillByLabel(options, 'Dashboard URL', server.dashboardUrl);
    await clickButton(options, 'Save');
    await options.waitForFunction(() => document.querySelector('[role=status]')?.textContent === 'Saved.', { timeout: 15_000 });

    // The background (event page in Firefox) syncs; the content script annotates the Projects page.
    const dashboard = await firefox.openPage(`${server.dashboardUrl}projects`);
    const hint = await dashboard.waitForSelector('.accordion-item[data-project-id="p-invalid-credentials"] [data-scansight=hint]', { timeout: 30_000 });
    const text = await hint!.evaluate((host) => host.shadowRoot?.querySelector('section')?.textContent ?? '');
    expect(text).toContain('Delete the connector');
    const healthy = await dashboard.$$('.accordion-item[data-project-id="p-running"] [data-scansight=hint]');
    expect(healthy).toHaveLength(0);
  });

  it('sends a test notification from the options page (Firefox cannot say its permission: none is claimed)', async () => {
    const options = await firefox.openPage(firefox.extensionUrl('src/options/index.html'));
    await options.waitForSelector('label');
    await clickButton(options, 'Send a test notification');
    // "sent" is said only when notifications.create resolved in the background. Headless Firefox has no
    // alert service and closes a notification at once, so getAll() cannot be asked what stayed on screen.
    await options.waitForFunction(() => document.querySelector('.notify-report')?.textContent?.startsWith('A test notification was sent.'), { timeout: 15_000 });
  });
});
