import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startSession, type Session } from '../support/session.ts';
import { waitForSettledSync } from '../support/background-hook.ts';
import { saveScreenshot } from '../support/artifacts.ts';
import { annotationText, annotations, expandJobs, openErrorPanel, projectRow } from '../support/dashboard.ts';
import { jobsOf } from '../support/scan-api.ts';
import { saveOptions } from '../support/configure-extension.ts';
import { waitUntil } from '../support/wait-until.ts';

/** Which remediation each seed project's card must give (seed 003, domain.md), and what it must never say. */
const REMEDIATION: Record<string, { says: string[]; never?: string[] }> = {
  'p-invalid-credentials': { says: ['Invalid credentials', 'Delete the connector', 'Create a new integration'] },
  'p-permission-errors': { says: ['Keep the connector as it is'], never: ['Delete the connector'] },
  'p-temporary-then-success': { says: ['Re-run the scan.', 'contact support'], never: ['Delete the connector'] },
  'p-repeated-failures': { says: ['Re-run the scan.'], never: ['Delete the connector'] },
  'p-submission-error': { says: ['Verify the scanner configuration.', 'Check the integration and authentication settings.'] },
};
const QUIET_PROJECTS = ['p-running', 'p-stopped', 'p-not-started'];

describe('dashboard overlay (Chromium)', () => {
  let session: Session;
  let page: Page;
  beforeAll(async () => {
    session = await startSession({ scenario: 'seed' });
    await waitForSettledSync(session.ext);
    page = await session.ext.context.newPage();
  });
  afterAll(() => session?.close());

  const hintText = (projectId: string) => annotationText(projectRow(page, projectId).locator('[data-scansight=hint]'));

  it('Projects: the right remediation under each failed project, none under healthy ones', async () => {
    await page.goto(`${session.server.dashboardUrl}projects`);
    for (const [projectId, { says, never = [] }] of Object.entries(REMEDIATION)) {
      const text = await hintText(projectId);
      for (const phrase of says) expect(text, projectId).toContain(phrase);
      for (const phrase of never) expect(text, projectId).not.toContain(phrase);
    }
    for (const projectId of QUIET_PROJECTS) expect(await projectRow(page, projectId).locator('[data-scansight=hint]').count(), projectId).toBe(0);
    expect(await annotationText(projectRow(page, 'p-partial-36').locator('[data-scansight=status-chip]'))).toBe('1 of 36 jobs failed');
    await saveScreenshot(page, 'dashboard-projects');
  });

  it('Projects: highlights exactly the failed jobs of an expanded scan', async () => {
    for (const [projectId, scanId] of [['p-partial-36', 's-partial-36-1'], ['p-permission-errors', 's-permission-errors-1']] as const) {
      const row = await expandJobs(page, projectId);
      const failed = (await jobsOf(session.server, scanId)).filter((j) => j.status === 'failed' || j.status === 'timed_out').map((j) => j.id).sort();
      expect(failed.length, scanId).toBeGreaterThan(0);
      await row.locator('tr[data-scansight=failed-job]').first().waitFor();
      const marked = await row.locator('tr[data-job-id][data-scansight=failed-job]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-job-id')!).sort());
      expect(marked, scanId).toEqual(failed);
    }
    await projectRow(page, 'p-partial-36').locator('tr[data-scansight=failed-job]').evaluate((row) => row.scrollIntoView({ block: 'center' }));
    await saveScreenshot(page, 'dashboard-failed-job');
  });

  it('History and its Error panel: the failure streak, and the fix beside the error log', async () => {
    await page.goto(`${session.server.dashboardUrl}projects/p-repeated-failures/history`);
    expect(await annotationText(page.locator('[data-scansight=streak]'))).toContain('Failed 3 times in a row');
    const panel = await openErrorPanel(page, 's-repeated-failures-3');
    const text = await annotationText(panel.locator('[data-scansight=hint]'));
    expect(text).toContain('Re-run the scan.');
    expect(text).not.toContain('Delete the connector');
    await saveScreenshot(page, 'dashboard-history-error-panel');

    await page.goto(`${session.server.dashboardUrl}projects/p-invalid-credentials/history`);
    const credentials = await openErrorPanel(page, 's-invalid-credentials-1');
    expect(await annotationText(credentials.locator('[data-scansight=hint]'))).toContain('Delete the connector');
  });

  it('Connected Providers: flags exactly the connectors whose credentials were rejected', async () => {
    await page.goto(`${session.server.dashboardUrl}integrations`);
    await page.locator('tr[data-scansight=connector]').first().waitFor();
    const flagged = await page.locator('tr[data-integration-id][data-scansight=connector]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-integration-id')).sort());
    expect(flagged).toEqual(['i-invalid-credentials', 'i-recreated-integration-still-failing-2']);
    expect(await annotationText(page.locator('tr[data-scansight=connector] [data-scansight=connector]'))).toContain('credentials rejected');
    await saveScreenshot(page, 'dashboard-connected-providers');
  });

  it('the content script runs without being web-accessible: a page cannot load it to fingerprint ScanSight', async () => {
    await page.goto(`${session.server.dashboardUrl}projects`);
    await page.locator('[data-scansight=hint]').first().waitFor();
    const url = session.ext.extensionUrl('src/content/main.js');
    const loaded = await page.evaluate((src) => fetch(src).then(() => true, () => false), url);
    expect(loaded).toBe(false);
  });

  it('disabling the overlay on the options page removes every data-scansight element', async () => {
    await page.goto(`${session.server.dashboardUrl}projects`);
    await page.locator('[data-scansight=hint]').first().waitFor();
    const options = await session.ext.openOptions();
    await options.getByLabel('Show annotations on the dashboard').uncheck();
    await saveOptions(options);
    await waitUntil(() => annotations(page), (left) => left.length === 0, 'every annotation to be removed');
    // A page loaded afterwards gets none either.
    await page.reload();
    await page.locator('.accordion-item[data-project-id]').first().waitFor();
    expect(await annotations(page)).toEqual([]);
  });
});
