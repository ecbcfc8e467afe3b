import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCacheFacts } from '../cache/read-cache.ts';
import { onNotificationAction } from './notification-actions.ts';
import { BUTTON_OPEN, BUTTON_RERUN } from './notification-view.ts';
import { handleMessage } from './handle-message.ts';
import type { TestBackground } from './test/test-background.ts';
import { startSyncedBackground, type TestServer } from './test/reference-server.ts';
import { readStoredSettings, writeStoredSettings } from '../cache/settings-db.ts';

let api: TestServer;
let t: TestBackground;

beforeEach(async () => {
  ({ api, t } = await startSyncedBackground());
});
afterEach(async () => {
  await t.bg.sync.run().catch(() => undefined);
  await api.close();
});

describe('notification clicks', () => {
  it('opens the scan, reusing the open dashboard tab, and clears the notification', async () => {
    t.browser.tabs.tabs.push({ id: 5, windowId: 2, url: `${api.server.url}/app/integrations` });
    await onNotificationAction(t.bg, 'scansight:scan:s-partial-36-1');
    await onNotificationAction(t.bg, 'scansight:scan:s-partial-36-1', BUTTON_OPEN);
    expect(t.browser.tabs.tabs.map((tab) => tab.url)).toEqual([`${api.server.url}/app/projects/p-partial-36/history?scan=s-partial-36-1`]);
    expect(t.browser.notifications.cleared).toEqual(['scansight:scan:s-partial-36-1', 'scansight:scan:s-partial-36-1']);
  });

  it('Re-run starts a new scan of the project', async () => {
    await onNotificationAction(t.bg, 'scansight:scan:s-submission-error-1', BUTTON_RERUN);
    await t.bg.sync.run();
    const runs = (await readCacheFacts(await t.bg.cache.db())).scans.filter((s) => s.projectId === 'p-submission-error');
    expect(runs).toHaveLength(2);
  });

  it('the summary opens the projects page; foreign ids are ignored', async () => {
    await onNotificationAction(t.bg, 'scansight:summary');
    await onNotificationAction(t.bg, 'someone-else');
    expect(t.browser.tabs.tabs.map((tab) => tab.url)).toEqual([`${api.server.url}/app/projects`]);
  });
});

describe('overlay data', () => {
  it('carries statuses, failure streaks, classified failed jobs and rejected connectors', async () => {
    const sender = { id: 'scansight-test-id', url: `${api.server.url}/app/projects`, tab: { id: 1 } };
    const data = (await handleMessage(t.bg, { type: 'overlay/data', payload: { url: `${api.server.url}/app/projects` } }, sender)) as {
      projects: Array<{ projectId: string; status: string; failureStreak: number; escalation: { recommend: boolean } }>;
      scans: Array<{ scanId: string; jobs: Array<{ failed: boolean; classification: { kind: string } | null }>; supportBundle: string | null }>;
      rejectedIntegrations: Array<{ integrationId: string }>;
    };
    const repeated = data.projects.find((p) => p.projectId === 'p-repeated-failures');
    expect(repeated).toMatchObject({ failureStreak: 3, escalation: { recommend: true } });
    const invalid = data.scans.find((s) => s.scanId === 's-invalid-credentials-1');
    expect(invalid?.jobs.filter((j) => j.failed).every((j) => j.classification?.kind === 'invalid_credentials')).toBe(true);
    expect(invalid?.supportBundle).toBeTruthy();
    expect(data.rejectedIntegrations.map((i) => i.integrationId)).toContain('i-invalid-credentials');
  });

  it('is empty when the overlay is switched off', async () => {
    await writeStoredSettings({ ...(await readStoredSettings() as object), overlayEnabled: false });
    const sender = { id: 'scansight-test-id', url: `${api.server.url}/app/projects`, tab: { id: 1 } };
    expect(await handleMessage(t.bg, { type: 'overlay/data', payload: { url: `${api.server.url}/app/` } }, sender)).toEqual({ enabled: false, dashboard: 'scansight', projects: [], scans: [], rejectedIntegrations: [] });
  });
});
