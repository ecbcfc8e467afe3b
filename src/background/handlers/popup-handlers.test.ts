import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MessageName, PopupState, PopupView, Request } from '../../messages.ts';
import { countByFilter, countByStatus, scopeRows, selectRows } from '../../core/select-rows.ts';
import { handleMessage } from '../handle-message.ts';
import type { TestBackground } from '../test/test-background.ts';
import { startSyncedBackground, type TestServer } from '../test/reference-server.ts';

let api: TestServer;
let t: TestBackground;
const popup = { id: 'scansight-test-id', url: 'chrome-extension://scansight-test-id/src/popup/index.html' };

function send<K extends MessageName>(type: K, payload: Request<K>, sender: object = popup): Promise<unknown> {
  return handleMessage(t.bg, { type, payload }, sender);
}
/** Every row, or (with a view) that view's first screen: the popup's two reads. */
const state = async (payload: { view?: PopupView; limit?: number } = {}) =>
  (payload.view ? await send('popup/screen', payload as Request<'popup/screen'>) : await send('popup/rows', {})) as PopupState;

beforeEach(async () => {
  ({ api, t } = await startSyncedBackground());
});
afterEach(async () => {
  t.network.online = true;
  await t.bg.sync.run().catch(() => undefined);
  await api.close();
});

describe('popup/screen: a view\'s first screen', () => {
  it.each<PopupView>([
    { filter: 'all', search: '', allRuns: false },
    { filter: 'all', search: '', allRuns: true },
    { filter: 'attention', search: '', allRuns: true },
    { filter: 'running', search: '', allRuns: false },
    { filter: 'all', search: 'PROD', allRuns: true },
  ])('answers the rows and totals the popup would select from every row (%o)', async (view) => {
    const all = await state();
    expect(all.firstScreen).toBeUndefined();
    const first = await state({ view, limit: 3 });
    const now = t.clock.now;
    const scoped = scopeRows(all.rows, view.allRuns);
    const selected = selectRows(scoped, view.filter, view.search, now);
    const counts = countByStatus(scoped);
    expect(selected.length).toBeGreaterThan(0);
    expect(first.rows).toEqual(selected.slice(0, 3));
    expect(first.firstScreen).toEqual({ view, matched: selected.length, counts, filters: countByFilter(scoped, counts, now), scans: all.rows.length });
    expect({ ...first, rows: undefined, firstScreen: undefined }).toEqual({ ...all, rows: undefined });
  });

  it.each<PopupView>([
    { filter: 'all', search: '', allRuns: false },
    { filter: 'attention', search: 'a', allRuns: false },
  ])('answers the same first screen from a worker that just started, before any full read (%o)', async (view) => {
    t = t.restart();
    const first = await state({ view, limit: 4 });
    const all = await state();
    const expected = await state({ view, limit: 4 });
    expect(first).toEqual(expected);
    const scoped = scopeRows(all.rows, false);
    expect(first.rows).toEqual(selectRows(scoped, view.filter, view.search, t.clock.now).slice(0, 4));
    expect(first.firstScreen?.scans).toBe(all.rows.length);
    expect(all.rows.length).toBeGreaterThan(scoped.length);
  });

  it('holds 40 rows unless asked otherwise', async () => {
    const all = await state();
    const first = await state({ view: { filter: 'all', search: '', allRuns: true } });
    expect(first.rows).toHaveLength(Math.min(40, all.rows.length));
  });

  it('checks the sender and the view like every message', async () => {
    const content = { id: 'scansight-test-id', url: `${api.server.url}/app/projects`, tab: { id: 7 } };
    const view: PopupView = { filter: 'all', search: '', allRuns: false };
    expect(await send('popup/screen', { view }, content)).toEqual({ ok: false, error: 'forbidden' });
    expect(await send('popup/rows', {}, content)).toEqual({ ok: false, error: 'forbidden' });
    for (const payload of [
      { view: { ...view, filter: 'everything' } },
      { view: { ...view, search: 'x'.repeat(201) } },
      { view: { ...view, extra: 1 } },
      { view: { filter: 'all', search: '' } },
      { view, limit: 0 },
      { view, limit: 501 },
      { view, limit: 2.5 },
      { limit: '10' },
      {},
    ]) {
      expect(await handleMessage(t.bg, { type: 'popup/screen', payload }, popup), JSON.stringify(payload)).toEqual({ ok: false, error: 'invalid_request' });
    }
    expect(await handleMessage(t.bg, { type: 'popup/rows', payload: { view } }, popup)).toEqual({ ok: false, error: 'invalid_request' });
  });
});

describe('popup/rows between opens', () => {
  it('shows an acknowledgement, a mute and a cleared cache on the next open', async () => {
    const before = await state();
    const row = before.rows.find((r) => !r.acknowledged && !r.muted)!;
    expect(await send('scan/acknowledge', { scanId: row.scanId, acknowledged: true })).toEqual({ ok: true });
    expect((await state()).rows.find((r) => r.scanId === row.scanId)?.acknowledged).toBe(true);
    expect(await send('project/mute', { projectId: row.projectId, muted: true })).toEqual({ ok: true });
    expect((await state()).rows.filter((r) => r.projectId === row.projectId).every((r) => r.muted)).toBe(true);
    await t.bg.sync.run();
    expect(await send('cache/clear', {})).toEqual({ ok: true });
    expect((await state()).rows.length).toBeLessThan(before.rows.length);
  });

  it('answers the same from a restarted worker, and a sync that changed scans shows', async () => {
    const before = await state();
    t = t.restart();
    expect(await state()).toEqual(before);
    expect(before.rows.find((r) => r.scanId === 's-running-1')?.status).toBe('running');
    await api.control('transition', { scanId: 's-running-1', lifecycle: 'stopped' });
    await t.bg.sync.run();
    expect((await state()).rows.find((r) => r.scanId === 's-running-1')?.status).toBe('stopped');
  });
});

describe('the popup\'s retry time', () => {
  it('says when the backoff retries while the API is unreachable, and nothing when it is fine', async () => {
    expect((await state()).retryAt).toBeNull();
    t.network.online = false;
    await t.bg.sync.run();
    const failing = await state();
    if (failing.connection !== 'unreachable') throw new Error(`expected an unreachable API, got ${failing.connection}`);
    expect(failing.retryAt).toBe(await t.bg.ports.alarms.scheduledTime('scansight-sync'));
    expect(failing.retryAt).toBeGreaterThan(t.clock.now);
  });
});
