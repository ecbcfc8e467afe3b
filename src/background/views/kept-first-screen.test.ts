import { beforeEach, describe, expect, it } from 'vitest';
import type { CacheFacts } from '../../cache/read-cache.ts';
import { initialSyncState } from '../../cache/sync-state.ts';
import { project, scan } from '../../cache/test/fixtures.ts';
import type { Scan } from '../../core/index.ts';
import type { PopupView } from '../../messages.ts';
import { createStorage } from '../../platform/storage.ts';
import { FakeStorageArea } from '../test/fake-browser.ts';
import { SCREEN_KEY, forgetKeptStamp, forgetFirstScreen, keepFirstScreen, keptFirstScreen, primeFirstScreen, rowsValidUntil } from './kept-first-screen.ts';
import { cacheGeneration, forgetPopupRows, noteCacheChanged } from './popup-rows-memo.ts';
import { firstScreen, popupRows } from './popup-state.ts';

const NOW = Date.parse('2026-01-01T01:00:00.000Z');
const HOUR = 3_600_000;
const VIEW: PopupView = { filter: 'all', search: '', allRuns: false };

function factsOf(scans: Scan[], attempts: Record<string, Array<{ id: string; status: string; attempt: number }>> = {}): CacheFacts {
  return {
    projects: [project('p-1', { name: 'Payments' }), project('p-2', { name: 'Billing' })], scans, attemptsByScan: new Map(Object.entries(attempts)),
    jobsByScan: new Map(), errorsByScan: new Map(), integrations: [], marks: new Map(), prefs: new Map(), sync: initialSyncState(), garbage: false,
  };
}

const finished = factsOf(
  [scan('s-1', { lifecycle: 'finished' }), scan('s-2', { projectId: 'p-2', lifecycle: 'finished' })],
  { 's-1': [{ id: 'j-1', status: 'failed', attempt: 1 }], 's-2': [{ id: 'j-2', status: 'succeeded', attempt: 1 }] },
);

let area: FakeStorageArea;
let session: ReturnType<typeof createStorage>;
beforeEach(() => {
  forgetPopupRows();
  forgetKeptStamp();
  area = new FakeStorageArea();
  session = createStorage(new FakeStorageArea(), undefined, area);
});

async function keep(facts: CacheFacts, sync = initialSyncState(), view = VIEW, generation = cacheGeneration()) {
  const rows = popupRows(facts, NOW);
  const screen = firstScreen(rows, view, 40, NOW);
  await keepFirstScreen(session, { generation, sync, view, limit: 40, now: NOW, allRows: rows, screen });
  return screen;
}

describe('the first screen kept in session storage', () => {
  it('answers the same view at the same sync checkpoint, as it was kept', async () => {
    const screen = await keep(finished);
    expect(screen.rows.map((r) => r.scanId)).toEqual(['s-1', 's-2']);
    expect(await keptFirstScreen(session, initialSyncState(), VIEW, 40, NOW + HOUR)).toEqual(screen);
  });

  it('answers nothing for another view or size, another checkpoint, or after a change', async () => {
    await keep(finished);
    const sync = initialSyncState();
    expect(await keptFirstScreen(session, sync, { ...VIEW, filter: 'attention' }, 40, NOW)).toBeNull();
    expect(await keptFirstScreen(session, sync, { ...VIEW, search: 'pay' }, 40, NOW)).toBeNull();
    expect(await keptFirstScreen(session, sync, VIEW, 20, NOW)).toBeNull();
    expect(await keptFirstScreen(session, { ...sync, watermark: '2026-01-01T00:10:00.000Z' }, VIEW, 40, NOW)).toBeNull();
    expect(await keptFirstScreen(session, { ...sync, pendingDetails: ['s-3'] }, VIEW, 40, NOW)).toBeNull();
    expect(await keptFirstScreen(session, sync, VIEW, 40, NOW)).not.toBeNull();
    await forgetFirstScreen(session);
    expect(await keptFirstScreen(session, sync, VIEW, 40, NOW)).toBeNull();
  });

  it('never keeps a screen read before a change broadcast', async () => {
    const generation = cacheGeneration();
    noteCacheChanged();
    await keep(finished, initialSyncState(), VIEW, generation);
    expect(area.data).toEqual({});
  });

  it('ignores what it cannot read as its own entry', async () => {
    for (const junk of [null, 'x', { version: 2 }, { version: 1, checkpoint: 5, rows: [], firstScreen: {}, view: VIEW }]) {
      area.data[SCREEN_KEY] = junk;
      expect(await keptFirstScreen(session, initialSyncState(), VIEW, 40, NOW)).toBeNull();
    }
  });

  it('works as a no-op where the browser has no session storage', async () => {
    session = createStorage(new FakeStorageArea(), undefined);
    await keep(finished);
    expect(await keptFirstScreen(session, initialSyncState(), VIEW, 40, NOW)).toBeNull();
  });

  it('expires when a snooze ends or a running scan would turn orphan', async () => {
    const started = '2026-01-01T00:30:00.000Z';
    const running = factsOf([scan('s-1', { lifecycle: 'running', startedAt: started, finishedAt: null })], { 's-1': [{ id: 'j-1', status: 'running', attempt: 1 }] });
    await keep(running);
    const orphanAt = Date.parse(started) + 24 * HOUR;
    expect(await keptFirstScreen(session, initialSyncState(), VIEW, 40, orphanAt - 1)).not.toBeNull();
    expect(await keptFirstScreen(session, initialSyncState(), VIEW, 40, orphanAt)).toBeNull();

    const snoozeEnd = '2026-01-01T03:00:00.000Z';
    const snoozed = { ...finished, prefs: new Map([['p-1', { projectId: 'p-1', muted: false, snoozedUntil: snoozeEnd }]]) };
    forgetKeptStamp();
    await keep(snoozed);
    expect(await keptFirstScreen(session, initialSyncState(), VIEW, 40, Date.parse(snoozeEnd) - 1)).not.toBeNull();
    expect(await keptFirstScreen(session, initialSyncState(), VIEW, 40, Date.parse(snoozeEnd))).toBeNull();
  });
});

describe('rowsValidUntil', () => {
  const rowsOf = (facts: CacheFacts, now = NOW) => popupRows(facts, now);
  it('is null when nothing in the rows depends on the clock', () => {
    expect(rowsValidUntil(rowsOf(finished), NOW)).toBeNull();
  });
  it('is a minute away for a scan already orphaned (its note says for how long)', () => {
    const old = factsOf([scan('s-1', { lifecycle: 'running', startedAt: '2025-12-25T00:00:00.000Z', finishedAt: null })], { 's-1': [{ id: 'j', status: 'running', attempt: 1 }] });
    expect(rowsValidUntil(rowsOf(old), NOW)).toBe(NOW + 60_000);
  });
  it('takes the earliest of several moments', () => {
    const facts = {
      ...factsOf([scan('s-1', { lifecycle: 'running', startedAt: '2026-01-01T00:00:00.000Z', finishedAt: null }), scan('s-2', { projectId: 'p-2', lifecycle: 'finished' })], {
        's-1': [{ id: 'j', status: 'running', attempt: 1 }], 's-2': [{ id: 'k', status: 'failed', attempt: 1 }],
      }),
      prefs: new Map([['p-2', { projectId: 'p-2', muted: false, snoozedUntil: '2026-01-01T02:00:00.000Z' }]]),
    };
    expect(rowsValidUntil(rowsOf(facts), NOW)).toBe(Date.parse('2026-01-01T02:00:00.000Z'));
  });
});

describe('primeFirstScreen', () => {
  it('keeps nothing until a popup asked for a first screen, then the view it asked for', async () => {
    await primeFirstScreen(session, finished, initialSyncState(), NOW, cacheGeneration());
    expect(area.data).toEqual({});
    await keep(finished, initialSyncState(), { ...VIEW, filter: 'attention' });
    noteCacheChanged();
    await forgetFirstScreen(session);
    const after = factsOf(finished.scans, { 's-1': [{ id: 'j-1', status: 'succeeded', attempt: 1 }], 's-2': [{ id: 'j-2', status: 'failed', attempt: 1 }] });
    await primeFirstScreen(session, after, initialSyncState(), NOW, cacheGeneration());
    const kept = await keptFirstScreen(session, initialSyncState(), { ...VIEW, filter: 'attention' }, 40, NOW);
    expect(kept).toEqual(firstScreen(popupRows(after, NOW), { ...VIEW, filter: 'attention' }, 40, NOW));
    expect(kept?.rows.map((r) => r.scanId)).toEqual(['s-2']);
  });

  it('keeps nothing from facts older than a change that came since', async () => {
    await keep(finished);
    await forgetFirstScreen(session);
    const generation = cacheGeneration();
    noteCacheChanged();
    await primeFirstScreen(session, finished, initialSyncState(), NOW, generation);
    expect(await keptFirstScreen(session, initialSyncState(), VIEW, 40, NOW)).toBeNull();
  });
});
