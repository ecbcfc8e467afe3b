/** The notification ledger and the notifier's snapshot, committed together so no transition is handled twice. */
import type { SnapshotScan } from '../core/index.ts';
import type { CacheDb, LedgerEntry } from './schema.ts';
import { updateSyncStateIn } from './sync-state.ts';
import { runTx } from './run-tx.ts';

/**
 * Records `entries` that are not in the ledger yet and saves `snapshot` as what the notifier last saw,
 * in one transaction (and, once the cache is complete, that the backfill is done). Returns the
 * entries that were new: only those may be shown.
 */
export async function commitNotifierRound(db: CacheDb, snapshot: SnapshotScan[], entries: LedgerEntry[], backfilled = false): Promise<LedgerEntry[]> {
  const tx = db.transaction(['ledger', 'sync'], 'readwrite');
  return runTx(tx, async () => {
    const store = tx.objectStore('ledger');
    const fresh: LedgerEntry[] = [];
    for (const entry of entries) {
      if (await store.getKey(entry.key)) continue;
      await store.put(entry);
      fresh.push(entry);
    }
    await updateSyncStateIn(tx, (s) => ({ snapshot, backfilled: backfilled || (s.backfilled ?? false) }));
    return fresh;
  });
}
