/**
 * The overlay on Prowler App's REAL web UI (prowler-cloud/prowler `ui/`, built from PROWLER_UI_DIR):
 * the reference server's Prowler flavour behind it, signed in through Prowler's own form, ScanSight's
 * e2e build configured for Prowler App with the UI's origin as the dashboard. Asserts the marks on the
 * Scans and Providers pages, after a scan turns failed while the page is open, and after Prowler's
 * a client-side re-render reuses the rows in place (no duplicates).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import type { ReferenceServer } from '../../server/start-server.ts';
import { prowlerStateOf } from '../../server/prowler/to-prowler.ts';
import { launchChromiumWithExtension, type ChromiumWithExtension } from '../support/chromium.ts';
import { configureProwler } from '../support/prowler.ts';
import { waitForSettledSync, syncNow } from '../support/background-hook.ts';
import { DIST_E2E, ROOT } from '../support/paths.ts';
import { waitUntil } from '../support/wait-until.ts';
import { annotationText } from '../support/dashboard.ts';
import { ensureToolchain, CACHE_DIR } from '../../scripts/prowler-ui/toolchain.ts';
import { startUi, type RunningUi } from '../../scripts/prowler-ui/start-ui.ts';
import { advance, DEMO_EMAIL, PROWLER_UI_PASSWORD, runProvider, startProwlerWorld } from '../../scripts/prowler-ui/prowler-world.ts';
import { signInThroughForm } from '../../scripts/prowler-ui/sign-in.ts';
import { rowHint, rowMarks } from './row-marks.ts';
import { audit, blocking } from '../support/axe.ts';

let server: ReferenceServer;
let ui: RunningUi;
let ext: ChromiumWithExtension;
let page: Page;

beforeAll(async () => {
  server = await startProwlerWorld();
  ui = await startUi(process.env.PROWLER_UI_DIR!, ensureToolchain(), `${server.url}/api/v1`, join(CACHE_DIR, 'next-start-live.log'));
  ext = await launchChromiumWithExtension({ extensionPath: DIST_E2E });
  const options = await ext.openOptions();
  await configureProwler(options, { apiUrl: server.url, dashboardUrl: `${ui.origin}/`, login: { mode: 'api-key', apiKey: server.token } });
  await options.close();
  await waitForSettledSync(ext);
  page = await ext.context.newPage();
  await page.setViewportSize({ width: 1600, height: 1000 });
  await signInThroughForm(page, ui.origin, DEMO_EMAIL, PROWLER_UI_PASSWORD);
});
afterAll(async () => {
  await ext?.close();
  await ui?.close();
  await server?.close();
});

/** The body rows of the page's table with the scan or provider they show (read from the "ID:"/"UID:" chip). */
async function rowsBy(label: 'ID:' | 'UID:'): Promise<{ key: string; row: Locator }[]> {
  const keys = await page.locator('tbody > tr').evaluateAll(
    (rows, wanted) =>
      rows.map((tr) => {
        const tag = [...tr.querySelectorAll('span')].find((s) => s.textContent?.trim() === wanted);
        return tag?.nextElementSibling?.textContent?.trim() ?? '';
      }),
    label,
  );
  return keys.map((key, i) => ({ key, row: page.locator('tbody > tr').nth(i) })).filter((r) => r.key !== '');
}

const stateOf = (scanId: string) => {
  const record = server.world.state.scans.get(scanId);
  if (!record) throw new Error(`the page shows ${scanId}, which the server does not know`);
  return prowlerStateOf(record).state;
};

/** Every visible scan row carries exactly what its state calls for: failed → one chip/mark and one hint; others → nothing. */
async function expectScanRowsAnnotated(): Promise<string[]> {
  const failed: string[] = [];
  for (const { key, row } of await rowsBy('ID:')) {
    const marks = await rowMarks(row);
    if (stateOf(key) === 'failed') {
      failed.push(key);
      expect(marks.some((m) => m === 'status-chip' || m === 'failed-job'), `${key}: ${marks.join(',')}`).toBe(true);
      expect(marks.filter((m) => m === 'hint'), `${key}: one hint`).toHaveLength(1);
      expect(marks.filter((m) => m === 'status-chip').length, `${key}: at most one chip`).toBeLessThanOrEqual(1);
    } else {
      expect([key, marks]).toEqual([key, []]);
    }
  }
  return failed;
}

/** Waits until every failed row on the page shows its hint (the overlay works asynchronously). */
async function waitForFailedRowsMarked(): Promise<void> {
  await waitUntil(
    async () => {
      const pending: string[] = [];
      for (const { key, row } of await rowsBy('ID:')) {
        if (stateOf(key) === 'failed' && !(await rowMarks(row)).includes('hint')) pending.push(key);
      }
      return pending;
    },
    (pending) => pending.length === 0,
    'a hint on every failed scan row',
    { timeoutMs: 60_000, intervalMs: 500 },
  );
}

/**
 * Opens a row's actions menu and chooses an item. Prowler's page may re-render right after loading
 * (its client-side effects), which closes an open Radix menu: then the menu is opened again.
 */
async function chooseFromRowMenu(row: Locator, item: RegExp): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await row.getByRole('button', { name: /actions menu/i }).click();
    const chosen = await page.getByRole('menuitem', { name: item }).click({ timeout: 5_000 }).then(() => true, (error: unknown) => {
      if (attempt >= 4) throw error;
      return false;
    });
    if (chosen) return;
    console.log(`[live] the row menu closed before "${item.source}" could be chosen (attempt ${attempt}); opening it again`);
    await page.keyboard.press('Escape');
  }
}

// Prowler's Scans page sometimes renders its table twice for a moment (a hidden copy for its product
// tour): a row is found with `.first()`, and both copies must be annotated alike.
describe("ScanSight on Prowler App's real UI (Chromium)", () => {
  it('Scans, Completed tab: failed rows get the chip and the Prowler-specific hint; healthy rows nothing', async () => {
    await page.goto(`${ui.origin}/scans?tab=completed`);
    await page.locator('tbody > tr').filter({ hasText: 's-invalid-credentials-1' }).first().waitFor({ timeout: 60_000 });
    await waitForFailedRowsMarked();
    const failed = await expectScanRowsAnnotated();
    expect(failed).toEqual(expect.arrayContaining(['s-invalid-credentials-1', 's-permission-errors-1', 's-temporary-then-success-1', 's-repeated-failures-3']));
    const rowOf = (id: string) => page.locator('tbody > tr').filter({ hasText: id }).first();
    const credentials = await annotationText(rowHint(rowOf('s-invalid-credentials-1')));
    expect(credentials).toMatch(/secret|credential/i);
    expect(credentials).not.toMatch(/delete the connector|create a new integration/i);
    // The fix points at the provider in Prowler's UI (Providers page or its scans), by a working link.
    const link = rowHint(rowOf('s-invalid-credentials-1')).locator('a[href]').first();
    const href = await link.getAttribute('href');
    expect(new URL(href!, ui.origin).origin).toBe(ui.origin);
    expect(new URL(href!, ui.origin).pathname).toMatch(/^\/(providers|scans)/);
    expect((await fetch(new URL(href!, ui.origin), { redirect: 'manual' })).status).toBeLessThan(500);
    expect(await annotationText(rowHint(rowOf('s-permission-errors-1')))).toMatch(/permission|polic|role/i);
    expect(await annotationText(rowHint(rowOf('s-temporary-then-success-1')))).toMatch(/re-?run|retry|again/i);
    expect(await annotationText(rowHint(rowOf('s-repeated-failures-3')))).toMatch(/support|escalat|in a row/i);
  });

  it('saves a screenshot of an annotated failed row on the dark UI', async () => {
    const row = page.locator('tbody > tr').filter({ hasText: 's-invalid-credentials-1' }).first();
    await row.scrollIntoViewIfNeeded();
    expect(await page.locator('html').getAttribute('class')).toContain('dark');
    await page.screenshot({ path: join(ROOT, 'e2e/artifacts/prowler-ui-scans.png') });
  });

  it("axe-core finds no serious or critical violation in ScanSight's chips and cards on Prowler's dark UI (contrast included)", async () => {
    const findings = blocking(await audit(page, 'scansight-annotation'));
    expect(findings).toEqual([]);
  });

  it('Scans, In progress tab: the executing scan carries no failure mark', async () => {
    await page.goto(`${ui.origin}/scans?tab=active`);
    // Prowler renders the tab's table twice while its tour is set up (one copy hidden): wait for the visible one.
    await page.locator('tbody > tr:visible').filter({ hasText: 's-submission-error-2' }).first().waitFor({ timeout: 60_000 });
    await page.waitForTimeout(3_000); // give the overlay time to (wrongly) mark something
    for (const { key, row } of await rowsBy('ID:')) expect([key, await rowMarks(row)]).toEqual([key, []]);
  });

  it('Providers: providers whose connection failed carry the connector mark; the others none', async () => {
    await page.goto(`${ui.origin}/providers`);
    await page.getByText('Connection failed').first().waitFor({ timeout: 60_000 });
    const broken = new Set([...server.world.state.projects.values()].filter((p) => server.world.state.integrations.get(p.project.integrationId ?? '')?.lastAuthStatus === 'failed').map((p) => p.accounts[0]));
    expect(broken.size).toBe(2);
    await waitUntil(async () => Promise.all((await rowsBy('UID:')).filter((r) => broken.has(r.key)).map((r) => rowMarks(r.row))), (marks) => marks.length === 2 && marks.every((m) => m.includes('connector')), 'connector marks on both broken providers', { timeoutMs: 60_000, intervalMs: 500 });
    for (const { key, row } of await rowsBy('UID:')) {
      const marks = await rowMarks(row);
      // A broken provider's row: its own highlight mark and one chip (a third would be a duplicate).
      expect([key, marks.filter((m) => m === 'connector').length]).toEqual([key, broken.has(key) ? 2 : 0]);
    }
  });

  it("the credentials hint's provider link opens Prowler's Providers page on that one provider, flagged", async () => {
    await page.goto(`${ui.origin}/scans?tab=completed`);
    const row = page.locator('tbody > tr').filter({ hasText: 's-invalid-credentials-1' }).first();
    await row.waitFor({ timeout: 60_000 });
    await waitForFailedRowsMarked();
    await rowHint(row).locator('a[href*="/providers"]').first().click();
    await page.waitForURL(/\/providers\?/, { timeout: 30_000 });
    await page.getByText('Connection failed').first().waitFor({ timeout: 60_000 });
    expect((await rowsBy('UID:')).map((r) => r.key)).toEqual(['210987654321']);
    await waitUntil(async () => rowMarks((await rowsBy('UID:'))[0]!.row), (marks) => marks.includes('connector'), 'the provider flagged', { timeoutMs: 30_000, intervalMs: 250 });
  });

  it('the "Scan Error Details" dialog opened from a failed row\'s menu gets that scan\'s hint', async () => {
    await page.goto(`${ui.origin}/scans?tab=completed`);
    const row = page.locator('tbody > tr').filter({ hasText: 's-invalid-credentials-1' }).first();
    await row.waitFor({ timeout: 60_000 });
    await waitForFailedRowsMarked();
    await chooseFromRowMenu(row, /error/i);
    const dialog = page.getByRole('dialog');
    await dialog.getByText(/Scan Error Details/i).waitFor({ timeout: 30_000 });
    const hint = dialog.locator('[data-scansight=hint]');
    await hint.waitFor({ timeout: 30_000 });
    expect(await annotationText(hint)).toMatch(/secret|credential/i);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached', timeout: 30_000 });
    // A dialog opened from another menu item (here: renaming the scan) gets nothing.
    await chooseFromRowMenu(row, /alias/i);
    await page.getByRole('dialog').waitFor({ timeout: 30_000 });
    await page.waitForTimeout(1_500);
    expect(await page.getByRole('dialog').locator('[data-scansight]').count()).toBe(0);
    await page.keyboard.press('Escape');
  });

  it('client-side navigation Scans → Providers → Scans (Prowler\'s own sidebar links) leaves no stale or duplicate marks', async () => {
    await page.goto(`${ui.origin}/scans?tab=completed`);
    await page.locator('tbody > tr').filter({ hasText: 's-invalid-credentials-1' }).first().waitFor({ timeout: 60_000 });
    await waitForFailedRowsMarked();
    const failedBefore = await page.locator('[data-scansight=hint]').count();
    await page.locator('a[href="/providers"]').first().click();
    await page.getByText('Connection failed').first().waitFor({ timeout: 60_000 });
    await waitUntil(() => page.locator('scansight-annotation[data-scansight=connector]').count(), (n) => n === 2, 'two connector chips after navigating', { timeoutMs: 30_000, intervalMs: 250 });
    expect(await page.locator('[data-scansight=hint], [data-scansight=failed-job]:not(style)').count()).toBe(0);
    await page.locator('a[href="/scans"]').first().click();
    await page.locator('tbody > tr').filter({ hasText: 's-invalid-credentials-1' }).first().waitFor({ timeout: 60_000 });
    await waitForFailedRowsMarked();
    await page.waitForTimeout(1_500);
    expect(await page.locator('[data-scansight=hint]').count()).toBe(failedBefore);
    expect(await page.locator('[data-scansight=connector]:not(style)').count()).toBe(0);
    await expectScanRowsAnnotated();
  });

  it('a scan that turns failed while the page is open gets marked when Prowler re-renders its rows in place (sorting)', async () => {
    await page.goto(`${ui.origin}/scans?tab=completed`);
    await page.locator('tbody > tr').filter({ hasText: 's-invalid-credentials-1' }).first().waitFor({ timeout: 60_000 });
    await waitForFailedRowsMarked();
    const before = await rowsBy('ID:');
    const firstRowNode = await before[0]!.row.elementHandle();
    const firstBefore = before[0]!.key;
    // A new run of Billing fails again (a 4th time in a row) while the page stays open.
    await runProvider(server, 'p-repeated-failures');
    await advance(server, 60 * 60_000);
    expect(stateOf('s-repeated-failures-4')).toBe('failed');
    await syncNow(await ext.serviceWorker());
    // Prowler auto-refreshes a tab only while it shows an executing or scheduled scan (ScanJobsTable's
    // AutoRefresh); the Completed tab never does, so the user
    // re-sorts by completion time. That is a client-side navigation; React re-renders the same <tr>
    // nodes (rows keyed by index) with other scans' text, and the newest failure comes to the top.
    const header = page.locator('thead button').filter({ hasText: /^Completed$/ });
    for (let clicks = 0; clicks < 3; clicks++) {
      await header.click();
      const top = page.locator('tbody > tr').first().filter({ hasText: 's-repeated-failures-4' });
      if (await top.waitFor({ timeout: 15_000 }).then(() => true, () => false)) break;
    }
    await page.locator('tbody > tr').first().filter({ hasText: 's-repeated-failures-4' }).waitFor({ timeout: 15_000 });
    const reused = await firstRowNode!.evaluate((tr) => tr.isConnected);
    console.log(`[live] first row node ${reused ? 'reused in place' : 'replaced'} (showed ${firstBefore}, now s-repeated-failures-4)`);
    await waitForFailedRowsMarked();
    await page.waitForTimeout(2_000);
    const failed = await expectScanRowsAnnotated();
    expect(failed[0]).toBe('s-repeated-failures-4');
    expect(await annotationText(rowHint(page.locator('tbody > tr').first()))).toMatch(/support|escalat|in a row/i);
    // No duplicates anywhere: one hint per failed row on the page.
    expect(await page.locator('[data-scansight=hint]').count()).toBe(failed.length);
  });
});
