/** Reading and writing the sync state record (cursor, ETags, last success and error, notifier snapshot). */
import type { IDBPTransaction } from 'idb';
import type { CacheDb, CacheSchema, StoreName, SyncState } from './schema.ts';
import { runTx } from './run-tx.ts';
import { repairSyncState } from './repair-sync-state.ts';

export { initialSyncState } from './sync-state-initial.ts';

/** Any readwrite transaction over stores that include 'sync'. */
export type SyncTx = IDBPTransaction<CacheSchema, ArrayLike<StoreName>, 'readwrite'>;

/** Reads the sync state (initial when absent, repaired field by field when garbage). */
export async function readSyncState(db: CacheDb): Promise<SyncState> {
  return repairSyncState(await db.get('sync', 'state'));
}

/** Applies `change` to the state inside an existing readwrite transaction that includes 'sync'. */
export async function updateSyncStateIn<S extends ArrayLike<StoreName>>(
  tx: IDBPTransaction<CacheSchema, S, 'readwrite'>,
  change: (state: SyncState) => Partial<SyncState>,
): Promise<SyncState> {
  // idb's transaction types are invariant in their store list; any tx that includes 'sync' will do.
  const store = (tx as unknown as SyncTx).objectStore('sync');
  const current = repairSyncState(await store.get('state'));
  const next = { ...current, ...change(current), key: 'state' as const };
  await store.put(next);
  return next;
}

/** Applies `change` to the state in its own transaction. */
export async function updateSyncState(db: CacheDb, change: (state: SyncState) => Partial<SyncState>): Promise<SyncState> {
  const tx = db.transaction('sync', 'readwrite');
  return runTx(tx, () => updateSyncStateIn(tx, change));
}
