/**
 * Accessibility, audited by axe-core in real Chromium, light and dark: the popup (list, expanded detail,
 * the connection banners), the options page, and the overlay's injected chips and cards on the
 * reference dashboard have no serious or critical violation. The popup and the options page work from
 * the keyboard, and every focused control shows a visible focus indicator.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startSession, type Session } from '../support/session.ts';
import { syncNow, waitForSettledSync } from '../support/background-hook.ts';
import { openPopupWhenSynced } from '../support/popup.ts';
import { syncIntoFault } from '../support/sync-into-fault.ts';
import { expandJobs, openErrorPanel } from '../support/dashboard.ts';
import { SEED_LATEST_SCANS } from '../support/seed-expectations.ts';
import { audit, blocking, type Finding } from '../support/axe.ts';
import { ARTIFACTS } from '../support/paths.ts';
import { saveScreenshot } from '../support/artifacts.ts';
import { tally } from '../../src/testing/tally.ts';

const SCHEMES = ['light', 'dark'] as const;
const report: Record<string, Finding[]> = {};

/** Audits and records the figures (e2e/artifacts/axe-report.json); returns the blocking findings. */
async function auditAs(name: string, page: Page, include?: string): Promise<Finding[]> {
  const findings = await audit(page, include);
  report[name] = findings;
  return blocking(findings);
}

/** Whether the focused element draws a focus indicator (an outline or a box-shadow ring). */
const focusIsVisible = (page: Page) =>
  page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body) return { tag: 'body', visible: false };
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    return { tag: `${el.tagName.toLowerCase()}${el.getAttribute('role') ? `[role=${el.getAttribute('role')}]` : ''}`, visible: outline || style.boxShadow !== 'none' };
  });

/** The page's background luminance (0 black … 1 white), so a dark scheme is seen to be dark. */
const backgroundLuminance = (page: Page) =>
  page.evaluate(() => {
    const [r, g, b] = (getComputedStyle(document.body).backgroundColor.match(/\d+(\.\d+)?/g) ?? ['255', '255', '255']).map(Number);
    return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
  });

/** Tabs through the page `steps` times; every stop must show its focus. Returns what was focused. */
async function tabThrough(page: Page, steps: number): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < steps; i++) {
    await page.keyboard.press('Tab');
    const { tag, visible } = await focusIsVisible(page);
    if (tag === 'body') break;
    expect(visible, `focus ring on ${tag} (tab ${i + 1})`).toBe(true);
    seen.push(tag);
  }
  return seen;
}

describe('accessibility (Chromium, axe-core)', () => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession({ scenario: 'seed' });
    await waitForSettledSync(session.ext);
  });
  afterAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(ARTIFACTS, 'axe-report.json'), JSON.stringify(report, null, 2));
    await session?.close();
  });

  for (const scheme of SCHEMES) {
    it(`popup (${scheme}): the list and an expanded failed scan`, async (ctx) => {
      const popup = await openPopupWhenSynced(session.ext, SEED_LATEST_SCANS.length);
      await popup.emulateMedia({ colorScheme: scheme });
      expect(await auditAs(`popup list (${scheme})`, popup)).toEqual([]);
      expect(await backgroundLuminance(popup)).toSatisfy((l: number) => (scheme === 'dark' ? l < 0.2 : l > 0.8));
      await popup.locator('[role=row][data-status=failed]').first().click();
      await popup.locator('.scan-detail').waitFor();
      // Every disclosure inside the detail open, so its error logs are audited too.
      const closed = popup.locator('.scan-detail button[aria-expanded=false]');
      for (let i = 0; i < 20 && (await closed.count()) > 0; i++) await closed.first().click();
      expect(await auditAs(`popup detail (${scheme})`, popup)).toEqual([]);
      await saveScreenshot(popup, `popup-detail-${scheme}`);
      tally(ctx, 'accessibility: pages audited', 2);
      await popup.close();
    });
  }

  it('popup: the unreachable and token-rejected banners (light and dark)', async (ctx) => {
    const popup = await openPopupWhenSynced(session.ext, SEED_LATEST_SCANS.length);
    for (const [kind, banner] of [['500', 'unreachable'], ['401', 'unauthorized']] as const) {
      expect((await syncIntoFault(session, { kind })).outcome).toBe('error');
      await popup.locator(`[data-banner=${banner}]`).waitFor();
      for (const scheme of SCHEMES) {
        await popup.emulateMedia({ colorScheme: scheme });
        expect(await auditAs(`popup ${banner} banner (${scheme})`, popup)).toEqual([]);
      }
      tally(ctx, 'accessibility: pages audited', 2);
    }
    await syncNow(await session.ext.serviceWorker());
    await popup.locator('[data-banner]').waitFor({ state: 'detached' });
    await popup.close();
  });

  it('popup: usable from the keyboard alone, with a visible focus ring at every stop', async () => {
    const popup = await openPopupWhenSynced(session.ext, SEED_LATEST_SCANS.length);
    await popup.bringToFront();
    // Start from the top of the document, as a person who just opened it.
    await popup.locator('h1').click();
    const stops = await tabThrough(popup, 12);
    expect(stops).toContain('div[role=row]');
    // Back to the list, then open a scan with Enter and leave it with Escape.
    await popup.locator('[role=row][tabindex="0"]').focus();
    await popup.keyboard.press('ArrowDown');
    const focused = popup.locator('[role=row]:focus');
    await expect.poll(() => focused.getAttribute('data-index')).toBe('1');
    await popup.keyboard.press('Enter');
    await expect.poll(() => focused.getAttribute('aria-expanded')).toBe('true');
    // Into the detail: its buttons are reachable and show their focus.
    const inDetail = await tabThrough(popup, 4);
    expect(inDetail.some((tag) => tag === 'button')).toBe(true);
    await popup.keyboard.press('Escape');
    await expect.poll(() => popup.locator('[role=row][aria-expanded=true]').count()).toBe(0);
    await popup.close();
  });

  for (const scheme of SCHEMES) {
    it(`options page (${scheme})`, async (ctx) => {
      const options = await session.ext.openOptions();
      await options.emulateMedia({ colorScheme: scheme });
      await options.getByLabel('API URL').waitFor();
      expect(await auditAs(`options (${scheme})`, options)).toEqual([]);
      expect(await backgroundLuminance(options)).toSatisfy((l: number) => (scheme === 'dark' ? l < 0.2 : l > 0.8));
      await saveScreenshot(options, `options-${scheme}`, { fullPage: true });
      tally(ctx, 'accessibility: pages audited', 1);
      await options.close();
    });
  }

  it('options page: usable from the keyboard alone, with a visible focus ring at every stop', async () => {
    const options = await session.ext.openOptions();
    await options.getByLabel('API URL').waitFor();
    await options.bringToFront();
    await options.locator('h1').click();
    const stops = await tabThrough(options, 40);
    for (const control of ['input', 'button']) expect(stops).toContain(control);
    // Save is reachable and works from the keyboard.
    await options.getByRole('button', { name: 'Save', exact: true }).focus();
    await options.keyboard.press('Enter');
    await options.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await options.close();
  });

  for (const scheme of SCHEMES) {
    it(`dashboard overlay (${scheme}): chips, hints, failed-job marks, streak, remediation card and connector flags`, async (ctx) => {
      const page = await session.ext.context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${session.server.dashboardUrl}projects`);
      await page.locator('[data-scansight=hint]').first().waitFor();
      await expandJobs(page, 'p-partial-36');
      await page.locator('tr[data-scansight=failed-job]').first().waitFor();
      expect(await auditAs(`overlay projects (${scheme})`, page, 'scansight-annotation')).toEqual([]);
      await page.goto(`${session.server.dashboardUrl}projects/p-repeated-failures/history`);
      await page.locator('[data-scansight=streak]').waitFor();
      await openErrorPanel(page, 's-repeated-failures-3');
      expect(await auditAs(`overlay history (${scheme})`, page, 'scansight-annotation')).toEqual([]);
      await page.goto(`${session.server.dashboardUrl}integrations`);
      await page.locator('tr[data-scansight=connector]').first().waitFor();
      expect(await auditAs(`overlay integrations (${scheme})`, page, 'scansight-annotation')).toEqual([]);
      tally(ctx, 'accessibility: pages audited', 3);
      await page.close();
    });
  }
});
