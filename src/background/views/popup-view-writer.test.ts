/**
 * The popup's materialized view against its written rules (popup-view.ts): derived at the cache's
 * change counter, written where the data changes, never taken for current after a change it has not
 * seen, healed by a worker that starts after one was stopped between a change and its view.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MessageName, PopupState, PopupView, Request } from '../../messages.ts';
import { paintFromView, type PopupViewRecord } from '../../popup-view.ts';
import { handleMessage } from '../handle-message.ts';
import { putPopupView, readPopupView } from '../../cache/popup-view-store.ts';
import { setAcknowledged } from '../../cache/marks.ts';
import { readSyncState } from '../../cache/sync-state.ts';
import { loadSettings } from '../settings-store.ts';
import type { TestBackground } from '../test/test-background.ts';
import { startSyncedBackground, type TestServer } from '../test/reference-server.ts';
import { healPopupView } from './popup-view-writer.ts';

let api: TestServer;
let t: TestBackground;
const popup = { id: 'scansight-test-id', url: 'chrome-extension://scansight-test-id/src/popup/index.html' };
const LATEST: PopupView = { filter: 'all', search: '', allRuns: false };

function send<K extends MessageName>(type: K, payload: Request<K>): Promise<unknown> {
  return handleMessage(t.bg, { type, payload }, popup);
}

/** What the popup would paint for `view` right now, read as the popup reads it (record and counter together). */
async function painted(view: PopupView = LATEST) {
  const db = await t.bg.cache.db();
  const { record } = await readPopupView(db);
  const sync = (await db.get('sync', 'state')) as unknown;
  return paintFromView(record, sync, view, t.clock.now);
}

beforeEach(async () => {
  ({ api, t } = await startSyncedBackground());
});
afterEach(async () => {
  await api.close();
});

describe('the popup view', () => {
  it('after a sync, holds every materialized view\'s first screen exactly as the worker computes it, and is current', async () => {
    for (const filter of ['attention', 'running', 'all'] as const) {
      for (const allRuns of [false, true]) {
        const view = { filter, search: '', allRuns };
        const paint = await painted(view);
        const computed = (await send('popup/screen', { view })) as PopupState;
        expect(paint?.current, JSON.stringify(view)).toBe(true);
        expect(paint?.state.rows).toEqual(computed.rows);
        expect(paint?.state.firstScreen).toEqual(computed.firstScreen);
        expect({ ...paint?.state, rows: 0, firstScreen: 0 }).toEqual({ ...computed, rows: 0, firstScreen: 0 });
      }
    }
    // A view with a search is not materialized: the popup asks the worker.
    expect(await painted({ ...LATEST, search: 'prod' })).toBeNull();
  });

  it('a mark bumps the counter in its own transaction, and its broadcast writes the view that shows it', async () => {
    const row = (await painted())!.state.rows.find((r) => !r.acknowledged)!;
    const before = (await readSyncState(await t.bg.cache.db())).changes!;
    expect(await send('scan/acknowledge', { scanId: row.scanId, acknowledged: true })).toEqual({ ok: true });
    expect((await readSyncState(await t.bg.cache.db())).changes).toBe(before + 1);
    const after = await painted();
    expect(after?.current).toBe(true);
    expect(after?.state.rows.find((r) => r.scanId === row.scanId)?.acknowledged).toBe(true);
  });

  it('a worker stopped between a change and its view: the view reads as not current, and the next worker heals it', async () => {
    const row = (await painted())!.state.rows.find((r) => !r.acknowledged)!;
    // The change lands; the worker dies before its broadcast writes the view.
    await setAcknowledged(await t.bg.cache.db(), row.scanId, true, new Date(t.clock.now).toISOString());
    const stale = await painted();
    expect(stale?.current).toBe(false);
    expect(stale?.state.rows.find((r) => r.scanId === row.scanId)?.acknowledged).toBe(false);
    t = t.restart();
    expect(await healPopupView(t.bg, (await loadSettings(t.bg.ports.storage)).settings)).toBe(true);
    const healed = await painted();
    expect(healed?.current).toBe(true);
    expect(healed?.state.rows.find((r) => r.scanId === row.scanId)?.acknowledged).toBe(true);
    // Current already: a second start writes nothing.
    expect(await healPopupView(t.bg, (await loadSettings(t.bg.ports.storage)).settings)).toBe(false);
  });

  it('a view derived before a change is refused, in the transaction that checks the counter', async () => {
    const db = await t.bg.cache.db();
    const { record } = await readPopupView(db);
    await setAcknowledged(db, 's-failed-1', true, new Date(t.clock.now).toISOString());
    expect(await putPopupView(db, record as PopupViewRecord)).toBe(false);
    expect((await painted())?.current).toBe(false);
  });

  it('a sync that changed a scan writes the view that shows it', async () => {
    expect((await painted())?.state.rows.find((r) => r.scanId === 's-running-1')?.status).toBe('running');
    await api.control('transition', { scanId: 's-running-1', lifecycle: 'stopped' });
    expect((await t.bg.sync.run()).changed).toBe(true);
    const after = await painted();
    expect(after?.current).toBe(true);
    expect(after?.state.rows.find((r) => r.scanId === 's-running-1')?.status).toBe('stopped');
  });

  it('is not current once the clock reaches a moment its rows depend on, and the popup\'s read of every row writes it anew', async () => {
    const { record } = await readPopupView(await t.bg.cache.db());
    const until = (record as PopupViewRecord).validUntil;
    // The seed has a running scan: it turns orphan 24 h after its start.
    expect(until).not.toBeNull();
    t.clock.now = until!;
    expect((await painted())?.current).toBe(false);
    await send('popup/rows', {});
    expect((await painted())?.current).toBe(true);
  });
});
