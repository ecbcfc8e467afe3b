import { beforeEach, describe, expect, it } from 'vitest';
import { freshIndexedDb } from './test/fresh-idb.ts';
import { createCacheHandle } from './open-cache.ts';
import { initialSyncState, readStoredSyncIn, readSyncHead, readSyncState, updateSyncState } from './sync-state.ts';
import { isSyncStateDamaged } from './repair-sync-state.ts';
import type { CacheDb, SyncState } from './schema.ts';

beforeEach(freshIndexedDb);

const SNAPSHOT: SyncState['snapshot'] = [{ scanId: 's-1', projectId: 'p-1', status: 'failed', createdAt: '2026-01-01T00:00:00.000Z' }];

/** Runs `body` listing the keys of every record put into the sync store. */
async function syncPuts(body: () => Promise<unknown>): Promise<string[]> {
  const put = IDBObjectStore.prototype.put;
  const keys: string[] = [];
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
    if (this.name === 'sync') keys.push(String((value as { key: unknown }).key));
    return put.call(this, value, key);
  };
  try {
    await body();
  } finally {
    IDBObjectStore.prototype.put = put;
  }
  return keys.sort();
}

async function openDb(): Promise<CacheDb> {
  return createCacheHandle().db();
}

describe('the sync state in three records', () => {
  it('writes both large fields with the first write, then only what changed', async () => {
    const db = await openDb();
    expect(await syncPuts(() => updateSyncState(db, () => ({ watermark: 'w1' })))).toEqual(['etags', 'snapshot', 'state']);
    expect(await syncPuts(() => updateSyncState(db, () => ({ lastSuccessAt: '2026-01-01T00:00:00.000Z', pendingDetails: ['s-1'] })))).toEqual(['state']);
    expect(await syncPuts(() => updateSyncState(db, (s) => ({ etags: { ...s.etags, 'jobs:s-1': '"a"' } })))).toEqual(['etags', 'state']);
    expect(await syncPuts(() => updateSyncState(db, () => ({ snapshot: SNAPSHOT })))).toEqual(['snapshot', 'state']);
    const state = await readSyncState(db);
    expect(state).toMatchObject({ watermark: 'w1', pendingDetails: ['s-1'], etags: { 'jobs:s-1': '"a"' }, snapshot: SNAPSHOT });
    expect(await db.get('sync', 'state')).not.toHaveProperty('etags');
  });

  it('reads the small fields alone without the large ones', async () => {
    const db = await openDb();
    await updateSyncState(db, () => ({ watermark: 'w1', etags: { scans: '"x"' }, snapshot: SNAPSHOT, connection: 'unreachable' }));
    const head = await readSyncHead(db);
    expect(head).toMatchObject({ watermark: 'w1', connection: 'unreachable' });
    expect(head).not.toHaveProperty('etags');
    expect(head).not.toHaveProperty('snapshot');
    expect(await readSyncHead(await openDb())).toEqual(head);
  });

  it('reads an older build\'s inline record as it is, and splits it at the next write', async () => {
    const db = await openDb();
    const inline: SyncState = { ...initialSyncState(), watermark: 'w0', etags: { 'jobs:s-1': '"a"' }, snapshot: SNAPSHOT };
    await db.put('sync', inline);
    expect(await readSyncState(db)).toEqual(inline);
    expect(await readSyncHead(db)).toMatchObject({ watermark: 'w0' });
    expect(await syncPuts(() => updateSyncState(db, () => ({ watermark: 'w1' })))).toEqual(['etags', 'snapshot', 'state']);
    expect(await readSyncState(db)).toEqual({ ...inline, watermark: 'w1' });
    expect(await db.get('sync', 'state')).not.toHaveProperty('snapshot');
  });

  it('takes an inline record over the split ones (an older build wrote after this one)', async () => {
    const db = await openDb();
    await updateSyncState(db, () => ({ etags: { 'jobs:s-1': '"new"' } }));
    await db.put('sync', { ...initialSyncState(), etags: { 'jobs:s-1': '"older build"' }, snapshot: null });
    expect((await readSyncState(db)).etags).toEqual({ 'jobs:s-1': '"older build"' });
    await updateSyncState(db, () => ({ watermark: 'w2' }));
    expect(await readSyncState(db)).toMatchObject({ watermark: 'w2', etags: { 'jobs:s-1': '"older build"' } });
  });

  it('still tells a damaged ETag record (every scan\'s details are then fetched afresh)', async () => {
    const db = await openDb();
    await updateSyncState(db, () => ({ etags: { 'jobs:s-1': '"a"' } }));
    const stored = async () => readStoredSyncIn(db.transaction('sync').store);
    expect(isSyncStateDamaged(await stored())).toBe(false);
    await db.put('sync', { key: 'etags', etags: { 'jobs:s-1': 5 } } as never);
    expect(isSyncStateDamaged(await stored())).toBe(true);
    expect((await readSyncState(db)).etags).toEqual({});
  });
});
