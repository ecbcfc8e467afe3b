/** Reading and writing the sync state record (cursor, ETags, last success and error, notifier snapshot). */
import type { IDBPTransaction } from 'idb';
import type { CacheDb, CacheSchema, StoreName, SyncState } from './schema.ts';
import { runTx } from './run-tx.ts';

/** The state of a cache that has never synced. */
export function initialSyncState(): SyncState {
  return {
    key: 'state',
    watermark: null,
    pass: null,
    pendingDetails: [],
    etags: {},
    lastSuccessAt: null,
    lastAttemptAt: null,
    lastError: null,
    connection: 'ok',
    consecutiveFailures: 0,
    retryNotBefore: null,
    pollHintMs: null,
    snapshot: null,
    backfilled: false,
  };
}

/** Any readwrite transaction over stores that include 'sync'. */
export type SyncTx = IDBPTransaction<CacheSchema, ArrayLike<StoreName>, 'readwrite'>;

/** Reads the sync state (initial when absent). */
export async function readSyncState(db: CacheDb): Promise<SyncState> {
  return (await db.get('sync', 'state')) ?? initialSyncState();
}

/** Applies `change` to the state inside an existing readwrite transaction that includes 'sync'. */
export async function updateSyncStateIn<S extends ArrayLike<StoreName>>(
  tx: IDBPTransaction<CacheSchema, S, 'readwrite'>,
  change: (state: SyncState) => Partial<SyncState>,
): Promise<SyncState> {
  // idb's transaction types are invariant in their store list; any tx that includes 'sync' will do.
  const store = (tx as unknown as SyncTx).objectStore('sync');
  const current = (await store.get('state')) ?? initialSyncState();
  const next = { ...current, ...change(current), key: 'state' as const };
  await store.put(next);
  return next;
}

/** Applies `change` to the state in its own transaction. */
export async function updateSyncState(db: CacheDb, change: (state: SyncState) => Partial<SyncState>): Promise<SyncState> {
  const tx = db.transaction('sync', 'readwrite');
  return runTx(tx, () => updateSyncStateIn(tx, change));
}
