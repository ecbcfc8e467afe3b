/**
 * Reading and writing the sync state (cursor, ETags, last success and error, notifier snapshot).
 *
 * Stored as three records of the `sync` store: `state` holds the small fields, `etags` and `snapshot`
 * the two that grow with the cache (two ETags and one snapshot entry per cached scan: ~2 MB with
 * 10,000 scans). So the popup and the badge read a few hundred bytes (`readSyncHead`), and a write
 * that changes neither large field (most do: a page cursor, the last success, an error) does not
 * rewrite them. A `state` record of an older build holds both inline: inline fields win (no build
 * of this layout writes them), and the next write splits them out.
 */
import type { IDBPObjectStore, IDBPTransaction } from 'idb';
import type { CacheDb, CacheSchema, StoreName, SyncState } from './schema.ts';
import { runTx } from './run-tx.ts';
import { record as isRecord, repairSyncState } from './repair-sync-state.ts';

export { initialSyncState } from './sync-state-initial.ts';

/** Any readwrite transaction over stores that include 'sync'. */
export type SyncTx = IDBPTransaction<CacheSchema, ArrayLike<StoreName>, 'readwrite'>;

/** The sync state without its two large fields: what the popup, the badge and the views' memos need. */
export type SyncHead = Omit<SyncState, 'etags' | 'snapshot'>;

type SyncStore = Pick<IDBPObjectStore<CacheSchema, ArrayLike<StoreName>, 'sync', IDBTransactionMode>, 'get'>;

const hasInline = (state: unknown): boolean => isRecord(state) && ('etags' in state || 'snapshot' in state);

async function readParts(store: SyncStore): Promise<{ state: unknown; merged: unknown }> {
  const [state, etags, snapshot] = await Promise.all([store.get('state'), store.get('etags'), store.get('snapshot')]);
  if (!isRecord(state) || hasInline(state)) return { state, merged: state };
  const part = (record: unknown, field: string) => (isRecord(record) && field in record ? { [field]: record[field] } : {});
  return { state, merged: { ...state, ...part(etags, 'etags'), ...part(snapshot, 'snapshot') } };
}

/**
 * The stored state as one record, as it was before the split (for repairSyncState and
 * isSyncStateDamaged): the `state` record with the `etags` and `snapshot` records' fields, unless it
 * holds them inline. A missing `state` record stays undefined (a cache that never synced).
 */
export async function readStoredSyncIn(store: SyncStore): Promise<unknown> {
  return (await readParts(store)).merged;
}

/** Reads the sync state (initial when absent, repaired field by field when garbage). */
export async function readSyncState(db: CacheDb): Promise<SyncState> {
  const tx = db.transaction('sync', 'readonly');
  return repairSyncState(await runTx(tx, () => readStoredSyncIn(tx.store)));
}

/** Reads the sync state's small fields only (its ETags and notifier snapshot are not read). */
export async function readSyncHead(db: CacheDb): Promise<SyncHead> {
  return headOf(repairSyncState(await db.get('sync', 'state')));
}

/** The state without its large fields. */
export function headOf(state: SyncState): SyncHead {
  const { etags: _etags, snapshot: _snapshot, ...head } = state;
  return head;
}

/** Applies `change` to the state inside an existing readwrite transaction that includes 'sync'. */
export async function updateSyncStateIn<S extends ArrayLike<StoreName>>(
  tx: IDBPTransaction<CacheSchema, S, 'readwrite'>,
  change: (state: SyncState) => Partial<SyncState>,
): Promise<SyncState> {
  // idb's transaction types are invariant in their store list; any tx that includes 'sync' will do.
  const store = (tx as unknown as SyncTx).objectStore('sync');
  const { state: stored, merged } = await readParts(store);
  const current = repairSyncState(merged);
  const next: SyncState = { ...current, ...change(current), key: 'state' };
  const { etags, snapshot } = next;
  // A first write, or an older build's inline record: write both large fields out once.
  const first = !isRecord(stored) || hasInline(stored);
  await store.put(headOf(next));
  if (first || etags !== current.etags) await store.put({ key: 'etags', etags });
  if (first || snapshot !== current.snapshot) await store.put({ key: 'snapshot', snapshot });
  return next;
}

/**
 * The change counter's next value, for the `change` of a write of facts or marks the popup's rows
 * derive from (in the same transaction, so a view derived before it can never pass for current).
 */
export function bumpChanges(state: Pick<SyncState, 'changes'>): Pick<SyncState, 'changes'> {
  return { changes: (state.changes ?? 0) + 1 };
}

/** Applies `change` to the state in its own transaction. */
export async function updateSyncState(db: CacheDb, change: (state: SyncState) => Partial<SyncState>): Promise<SyncState> {
  const tx = db.transaction('sync', 'readwrite');
  return runTx(tx, () => updateSyncStateIn(tx, change));
}
