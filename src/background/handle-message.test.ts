import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MessageName, Request } from '../messages.ts';
import { readCacheFacts } from '../cache/read-cache.ts';
import { handleMessage } from './handle-message.ts';
import { configure, createTestBackground, resetStorage, type TestBackground } from './test/test-background.ts';
import { startTestServer, type TestServer } from './test/reference-server.ts';
import { createFakeBrowser } from './test/fake-browser.ts';

let api: TestServer;
let t: TestBackground;
let dashboard: string;
const EXT = 'chrome-extension://scansight-test-id';
const popup = { id: 'scansight-test-id', url: `${EXT}/src/popup/index.html` };

function send<K extends MessageName>(type: K, payload: Request<K>, sender: object = popup): Promise<unknown> {
  return handleMessage(t.bg, { type, payload }, sender);
}

beforeEach(async () => {
  resetStorage();
  api = await startTestServer('seed');
  t = createTestBackground({ fetch: api.fetch, browser: createFakeBrowser({ managed: { pollIdleMinutes: 10 } }) });
  dashboard = `${api.server.url}/app/`;
  await configure(t.browser, { apiUrl: api.server.url, dashboardUrl: dashboard }, api.server.token);
  await t.bg.sync.run();
});
afterEach(async () => {
  await t.bg.sync.run().catch(() => undefined);
  await api.close();
});

describe('sender policy and validation', () => {
  const content = () => ({ id: 'scansight-test-id', url: `${api.server.url}/app/projects`, tab: { id: 7 } });

  it('lets a dashboard content script read overlay data, and nothing else', async () => {
    const data = (await send('overlay/data', { url: `${api.server.url}/app/projects` }, content())) as { enabled: boolean; projects: unknown[] };
    expect(data.enabled).toBe(true);
    expect(data.projects).toHaveLength(10);
    for (const type of ['popup/rows', 'options/get', 'options/test', 'sync/now'] as const) {
      expect(await handleMessage(t.bg, { type, payload: {} }, content())).toEqual({ ok: false, error: 'forbidden' });
    }
  });

  it('refuses other origins and other extensions', async () => {
    expect(await send('overlay/data', { url: 'https://evil.example.net/' }, { ...content(), url: 'https://evil.example.net/' })).toEqual({ ok: false, error: 'forbidden' });
    expect(await send('popup/rows', {}, { ...popup, id: 'another-extension' })).toEqual({ ok: false, error: 'forbidden' });
  });

  it('rejects invalid payloads and ignores what is not a message of ours', async () => {
    expect(await handleMessage(t.bg, { type: 'popup/detail', payload: { scanId: 42 } }, popup)).toEqual({ ok: false, error: 'invalid_request' });
    expect(await handleMessage(t.bg, { type: 'scan/acknowledge', payload: { scanId: 's', acknowledged: true, extra: 1 } }, popup)).toEqual({ ok: false, error: 'invalid_request' });
    expect(await handleMessage(t.bg, { type: 'changed', scope: 'scans' }, popup)).toBeUndefined();
    expect(await handleMessage(t.bg, 'hello', popup)).toBeUndefined();
  });

  it('never returns the token, whatever is asked', async () => {
    const replies = await Promise.all([
      send('popup/rows', {}),
      send('popup/detail', { scanId: 's-invalid-credentials-1' }),
      send('options/get', {}),
      send('overlay/data', { url: dashboard }, content()),
    ]);
    for (const reply of replies) expect(JSON.stringify(reply)).not.toContain(api.server.token);
  });
});

describe('read messages', () => {
  it('popup/state lists every cached scan, latest runs worst first', async () => {
    const state = (await send('popup/rows', {})) as { configured: boolean; connection: string; rows: Array<{ status: string; latest: boolean }> };
    expect(state).toMatchObject({ configured: true, connection: 'ok' });
    expect(state.rows).toHaveLength(13);
    expect(state.rows[0]).toMatchObject({ status: 'submission_error', latest: true });
  });

  it('popup/detail explains a failed scan: failed jobs first, classified errors, remediation, support bundle', async () => {
    const detail = (await send('popup/detail', { scanId: 's-invalid-credentials-1' })) as {
      jobs: Array<{ status: string }>; errors: Array<{ classification: { kind: string } }>; remediation: Array<{ kind: string }>; supportBundle: string;
    };
    expect(detail.jobs[0]?.status).toBe('failed');
    expect(detail.errors.map((e) => e.classification.kind)).toContain('invalid_credentials');
    expect(detail.remediation.map((r) => r.kind)).toContain('invalid_credentials');
    expect(detail.supportBundle).toContain('s-invalid-credentials-1');
    expect(await send('popup/detail', { scanId: 'nope' })).toBeNull();
  });

  it('options/get reports the token only as present, and policy keys as locked', async () => {
    const got = (await send('options/get', {})) as { settings: { pollIdleMinutes: number }; hasToken: boolean; locked: string[] };
    expect(got.hasToken).toBe(true);
    expect(got.locked).toEqual(['pollIdleMinutes']);
    expect(got.settings.pollIdleMinutes).toBe(10);
  });
});

describe('actions', () => {
  it('acknowledging a failure takes it off the badge and clears its notification', async () => {
    const before = Number(t.browser.action.text);
    expect(await send('scan/acknowledge', { scanId: 's-submission-error-1', acknowledged: true })).toEqual({ ok: true });
    expect(Number(t.browser.action.text)).toBe(before - 1);
    expect(t.browser.notifications.cleared).toContain('scansight:scan:s-submission-error-1');
    expect(t.browser.runtime.broadcasts).toContainEqual({ type: 'changed', scope: 'scans' });
    await send('scan/acknowledge', { scanId: 's-submission-error-1', acknowledged: false });
    expect(Number(t.browser.action.text)).toBe(before);
  });

  it('muting or snoozing a project quiets the badge', async () => {
    const before = Number(t.browser.action.text);
    await send('project/mute', { projectId: 'p-submission-error', muted: true });
    expect(Number(t.browser.action.text)).toBe(before - 1);
    await send('project/snooze', { projectId: 'p-invalid-credentials', until: new Date(t.clock.now + 3_600_000).toISOString() });
    expect(Number(t.browser.action.text)).toBe(before - 2);
  });

  it('re-runs a project and stops a running scan through the API', async () => {
    expect(await send('scan/rerun', { scanId: 's-submission-error-1' })).toEqual({ ok: true });
    await t.bg.sync.run();
    const facts = await readCacheFacts(await t.bg.cache.db());
    expect(facts.scans.filter((s) => s.projectId === 'p-submission-error')).toHaveLength(2);
    expect(await send('scan/stop', { scanId: 's-running-1' })).toEqual({ ok: true });
    expect(await send('scan/stop', { scanId: 'unknown' })).toEqual({ ok: false, error: 'not_found' });
  });

  it('opens a scan in the open dashboard tab instead of a new one', async () => {
    t.browser.tabs.tabs.push({ id: 1, windowId: 9, url: `${api.server.url}/app/projects` });
    expect(await send('open/dashboard', { scanId: 's-partial-36-1' })).toEqual({ ok: true });
    expect(t.browser.tabs.tabs).toHaveLength(1);
    expect(t.browser.tabs.tabs[0]?.url).toBe(`${api.server.url}/app/projects/p-partial-36/history?scan=s-partial-36-1`);
    expect(t.browser.windows.focused).toEqual([9]);
    t.browser.tabs.tabs.length = 0;
    await send('open/integrations', {});
    expect(t.browser.tabs.tabs.map((tab) => tab.url)).toEqual([`${api.server.url}/app/integrations`]);
    await send('open/options', {});
    expect(t.browser.runtime.optionsOpened).toBe(1);
  });

  it('cache/clear empties the cache and a sync refills it', async () => {
    expect(await send('cache/clear', {})).toEqual({ ok: true });
    await t.bg.sync.run();
    expect((await readCacheFacts(await t.bg.cache.db())).scans).toHaveLength(13);
  });

  it('sync/now reports the outcome as a code', async () => {
    expect(await send('sync/now', {})).toEqual({ ok: true });
    await api.control('fault', { kind: '401' });
    expect(await send('sync/now', {})).toEqual({ ok: false, error: 'unauthorized' });
  });
});

describe('options', () => {
  const settings = async () => ((await send('options/get', {})) as { settings: Parameters<typeof send<'options/save'>>[1]['settings'] }).settings;

  it('tests a configuration with the stored token, or a new one', async () => {
    const s = await settings();
    expect(await send('options/test', { settings: s })).toEqual({ ok: true, projects: 10, scans: 13, integrations: expect.any(Number) });
    expect(await send('options/test', { settings: s, credentials: { token: 'wrong' } })).toEqual({ ok: false, error: 'unauthorized', status: 401 });
  });

  it('refuses an API URL the token may not go to', async () => {
    const s = await settings();
    expect(await send('options/save', { settings: { ...s, apiUrl: 'http://scans.example.com' } })).toEqual({ ok: false, error: 'insecure_api_url' });
    expect(await send('options/test', { settings: { ...s, apiUrl: 'http://scans.example.com' } })).toEqual({ ok: false, error: 'insecure_api_url' });
  });

  it('saving keeps policy-locked values and tells the overlay registration', async () => {
    const seen: unknown[] = [];
    t.bg.onSettingsSaved = async (saved) => void seen.push(saved.pollIdleMinutes);
    const s = await settings();
    expect(await send('options/save', { settings: { ...s, pollIdleMinutes: 99, overlayEnabled: false } })).toEqual({ ok: true });
    const after = await settings();
    expect(after).toMatchObject({ pollIdleMinutes: 10, overlayEnabled: false });
    expect(seen).toEqual([10]);
    expect(t.browser.runtime.broadcasts).toContainEqual({ type: 'changed', scope: 'settings' });
  });

  it('moving to another API drops the old token and the old cache', async () => {
    const s = await settings();
    expect(await send('options/save', { settings: { ...s, apiUrl: 'https://scans.example.com' } })).toEqual({ ok: true });
    expect(((await send('options/get', {})) as { hasToken: boolean }).hasToken).toBe(false);
    expect((await readCacheFacts(await t.bg.cache.db())).scans).toHaveLength(0);
  });

  it('switching the source or the Prowler auth mode on the same API drops the secret the page did not send', async () => {
    const s = await settings();
    expect(await send('options/save', { settings: { ...s, sourceType: 'prowler', prowlerAuth: 'password', prowlerEmail: 'a@b.test' } })).toEqual({ ok: true });
    expect(((await send('options/get', {})) as { hasToken: boolean }).hasToken).toBe(false);
    const p = await settings();
    expect(await send('options/save', { settings: p, credentials: { password: 'pw' } })).toEqual({ ok: true });
    expect(((await send('options/get', {})) as { hasToken: boolean }).hasToken).toBe(true);
    expect(await send('options/save', { settings: { ...p, prowlerAuth: 'api-key' } })).toEqual({ ok: true });
    expect(((await send('options/get', {})) as { hasToken: boolean }).hasToken).toBe(false);
  });
});
