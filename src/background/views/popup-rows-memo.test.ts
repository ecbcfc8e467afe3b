import { beforeEach, describe, expect, it } from 'vitest';
import type { CacheFacts } from '../../cache/read-cache.ts';
import type { CacheDb, SyncState } from '../../cache/schema.ts';
import { initialSyncState } from '../../cache/sync-state.ts';
import { project, scan } from '../../cache/test/fixtures.ts';
import type { Scan } from '../../core/index.ts';
import { forgetPopupRows, memoizedRows, noteCacheChanged } from './popup-rows-memo.ts';

const NOW = Date.parse('2026-01-01T01:00:00.000Z');
const HOUR = 3_600_000;

function factsOf(scans: Scan[], attempts: Record<string, Array<{ id: string; status: string; attempt: number }>> = {}): CacheFacts {
  return {
    projects: [project('p-1', { name: 'Payments' })], scans, attemptsByScan: new Map(Object.entries(attempts)), jobsByScan: new Map(),
    errorsByScan: new Map(), integrations: [], marks: new Map(), prefs: new Map(), sync: initialSyncState(), garbage: false,
  };
}

/** A read that counts its calls and answers `facts()` (read at call time). */
function counted(facts: () => CacheFacts) {
  const read = async () => {
    read.calls += 1;
    return facts();
  };
  read.calls = 0;
  return read;
}

const db = {} as CacheDb;
const idle: SyncState = initialSyncState();
const finished = factsOf([scan('s-1', { lifecycle: 'finished' })], { 's-1': [{ id: 'j-1', status: 'failed', attempt: 1 }] });

beforeEach(() => forgetPopupRows());

describe('the popup rows memo', () => {
  it('reads the cache once while nothing changed', async () => {
    const read = counted(() => finished);
    const first = await memoizedRows(db, idle, NOW, read);
    const again = await memoizedRows(db, { ...idle }, NOW + HOUR, read);
    expect(read.calls).toBe(1);
    expect(again).toEqual(first);
    expect(first.map((r) => [r.scanId, r.status, r.projectName])).toEqual([['s-1', 'failed', 'Payments']]);
  });

  it('reads again after a change broadcast, a sync checkpoint or another database', async () => {
    let facts = finished;
    const read = counted(() => facts);
    await memoizedRows(db, idle, NOW, read);
    facts = factsOf([scan('s-1', { lifecycle: 'finished' })], { 's-1': [{ id: 'j-1', status: 'succeeded', attempt: 1 }] });
    noteCacheChanged();
    expect((await memoizedRows(db, idle, NOW, read))[0]?.status).toBe('completed');
    expect(read.calls).toBe(2);
    // A sync in progress wrote a page (scans queued for details) before any broadcast.
    await memoizedRows(db, { ...idle, pendingDetails: ['s-2'] }, NOW, read);
    expect(read.calls).toBe(3);
    await memoizedRows(db, { ...idle, pendingDetails: ['s-2'], watermark: '2026-01-01T00:30:00.000Z' }, NOW, read);
    expect(read.calls).toBe(4);
    // A cleared or rebuilt cache is another connection.
    await memoizedRows({} as CacheDb, { ...idle, pendingDetails: ['s-2'], watermark: '2026-01-01T00:30:00.000Z' }, NOW, read);
    expect(read.calls).toBe(5);
  });

  it('shares one read between concurrent opens', async () => {
    const read = counted(() => finished);
    const [a, b] = await Promise.all([memoizedRows(db, idle, NOW, read), memoizedRows(db, idle, NOW, read)]);
    expect(read.calls).toBe(1);
    expect(a).toEqual(b);
  });

  it('does not keep rows read while a change was broadcast', async () => {
    const read = counted(() => {
      noteCacheChanged();
      return finished;
    });
    await memoizedRows(db, idle, NOW, read);
    await memoizedRows(db, idle, NOW, read);
    expect(read.calls).toBe(2);
  });

  it('re-derives a running row at each read: its orphan note follows the clock', async () => {
    const running = factsOf([scan('s-1', { lifecycle: 'submitted', finishedAt: null, startedAt: '2026-01-01T00:00:00.000Z' })], {
      's-1': [{ id: 'j-1', status: 'running', attempt: 1 }, { id: 'j-2', status: 'failed', attempt: 1 }],
    });
    const read = counted(() => running);
    const early = await memoizedRows(db, idle, NOW, read);
    expect(early[0]).toMatchObject({ status: 'running', failedSoFar: 1 });
    expect(early[0]?.reason).not.toMatch(/running for/);
    const late = await memoizedRows(db, idle, NOW + 30 * HOUR, read);
    expect(read.calls).toBe(1);
    expect(late[0]).toMatchObject({ status: 'running', failedSoFar: 1 });
    expect(late[0]?.reason).toMatch(/running for 31 h/);
    // The memo itself is left as it was.
    expect((await memoizedRows(db, idle, NOW, read))[0]?.reason).toBe(early[0]?.reason);
  });
});
