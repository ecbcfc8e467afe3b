/**
 * The second locale, in the real browser: Chromium with a German UI shows the options page and the
 * popup from public/_locales/de, status labels and the core's remediation included, and no English
 * message of more than one word anywhere on either page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startSession, type Session } from '../support/session.ts';
import { waitForSettledSync } from '../support/background-hook.ts';
import { openPopupWhenSynced } from '../support/popup.ts';
import { saveScreenshot } from '../support/artifacts.ts';
import { SEED_LATEST_SCANS } from '../support/seed-expectations.ts';
import { ROOT } from '../support/paths.ts';

type Messages = Record<string, { message: string }>;
const read = (locale: string) => JSON.parse(readFileSync(join(ROOT, 'public', '_locales', locale, 'messages.json'), 'utf8')) as Messages;
const en = read('en');
const de = read('de');
/** English sentences and phrases that German replaces (placeholders and single words left out: data may hold those). */
const ENGLISH_ONLY = Object.entries(en)
  .filter(([key, { message }]) => !message.includes('$') && message !== de[key]!.message && /\p{L}+\s+\p{L}+/u.test(message))
  .map(([, { message }]) => message);

/** English messages a page shows (its text and labels). */
const englishOn = (page: Page) =>
  page.evaluate((phrases) => {
    const labels = [...document.querySelectorAll('[aria-label],[title],[placeholder]')].map((el) => `${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('title') ?? ''} ${el.getAttribute('placeholder') ?? ''}`);
    const text = `${document.body.innerText}\n${labels.join('\n')}`;
    return phrases.filter((p) => text.includes(p));
  }, ENGLISH_ONLY);

describe('German UI (Chromium --lang=de)', () => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession({ scenario: 'seed', configure: false, uiLanguage: 'de' });
  });
  afterAll(() => session?.close());

  it('the options page is German, and configures the extension by its German labels', async () => {
    expect(ENGLISH_ONLY.length).toBeGreaterThan(100);
    const options = await session.ext.openOptions();
    await options.getByRole('heading', { name: 'ScanSight-Einstellungen' }).waitFor();
    await options.getByLabel('API-URL').fill(session.server.url);
    await options.getByLabel('API-Token').fill(session.server.token);
    await options.getByLabel('Dashboard-URL').fill(session.server.dashboardUrl);
    await options.getByRole('button', { name: 'Speichern', exact: true }).click();
    await options.getByRole('status').filter({ hasText: 'Gespeichert.' }).waitFor();
    expect(await options.getByText('Testbenachrichtigung senden').count()).toBe(1);
    expect(await englishOn(options)).toEqual([]);
    await saveScreenshot(options, 'options-de', { fullPage: true });
  });

  it('the popup is German: status labels, headings, and the core\'s remediation steps', async () => {
    await waitForSettledSync(session.ext);
    const popup = await openPopupWhenSynced(session.ext, SEED_LATEST_SCANS.length);
    const labels = await popup.locator('[role=row][data-scan-id] .status-badge-label').allTextContents();
    expect(labels).toContain('Fehlgeschlagen');
    expect(labels).toContain('Teilweise abgeschlossen');
    expect(labels).not.toContain('Failed');
    await popup.locator('[role=row][data-scan-id="s-invalid-credentials-1"]').click();
    const detail = popup.locator('.scan-detail');
    await detail.getByRole('heading', { name: 'Was zu tun ist' }).waitFor();
    expect(await detail.innerText()).toContain('Löschen Sie den Connector mit den ungültigen Zugangsdaten');
    expect(await englishOn(popup)).toEqual([]);
    await saveScreenshot(popup, 'popup-de');
  });
});
