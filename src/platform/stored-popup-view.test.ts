import { beforeEach, describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { freshIndexedDb } from '../cache/test/fresh-idb.ts';
import { createCacheHandle } from '../cache/open-cache.ts';
import { CACHE_DB_NAME } from '../popup-view.ts';
import { readStoredPopupView } from './stored-popup-view.ts';

beforeEach(() => freshIndexedDb());

describe('readStoredPopupView', () => {
  it('answers null with no cache, and creates none (the worker\'s upgrade must build it)', async () => {
    expect(await readStoredPopupView()).toBeNull();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(CACHE_DB_NAME);
  });

  it('answers null for a cache of an older schema with no view store', async () => {
    (await openDB(CACHE_DB_NAME, 4, { upgrade: (db) => void db.createObjectStore('sync', { keyPath: 'key' }) })).close();
    expect(await readStoredPopupView()).toBeNull();
  });

  it('reads the view and the sync record together, and never holds up the worker\'s next upgrade', async () => {
    const handle = createCacheHandle();
    const db = await handle.db();
    await db.put('sync', { key: 'state', changes: 3 } as never);
    await db.put('views', { key: 'popup', version: 1, changes: 3 } as never);
    handle.close();
    expect(await readStoredPopupView()).toEqual({ record: { key: 'popup', version: 1, changes: 3 }, sync: { key: 'state', changes: 3 } });
    // The popup's connection is closed: a newer version opens without waiting.
    (await openDB(CACHE_DB_NAME, 99)).close();
  });

  it('answers null when IndexedDB is not there, or throws on open', async () => {
    expect(await readStoredPopupView(null)).toBeNull();
    const throwing = { open: () => { throw new Error('SecurityError'); } } as unknown as IDBFactory;
    expect(await readStoredPopupView(throwing)).toBeNull();
  });
});
