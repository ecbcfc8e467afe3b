/**
 * The popup's materialized view in the cache (store `views`, see popup-view.ts): written only while it
 * is current, read with the change counter it must match.
 */
import type { PopupViewRecord } from '../popup-view.ts';
import { VIEW_KEY } from '../popup-view.ts';
import type { CacheDb } from './schema.ts';
import { repairSyncState } from './repair-sync-state.ts';
import { runTx } from './run-tx.ts';

/**
 * Stores `record` if the cache's change counter is still the one it was derived at, in one
 * transaction with that check; false when a change landed since (its own write of the view follows).
 */
export async function putPopupView(db: CacheDb, record: PopupViewRecord): Promise<boolean> {
  const tx = db.transaction(['sync', 'views'], 'readwrite');
  return runTx(tx, async () => {
    const changes = repairSyncState(await tx.objectStore('sync').get('state')).changes ?? 0;
    if (changes !== record.changes) return false;
    await tx.objectStore('views').put(record);
    return true;
  });
}

/** The stored view (unchecked, as the popup reads it) and the cache's change counter, read together. */
export async function readPopupView(db: CacheDb): Promise<{ record: unknown; changes: number }> {
  const tx = db.transaction(['sync', 'views'], 'readonly');
  return runTx(tx, async () => {
    const [record, state] = await Promise.all([tx.objectStore('views').get(VIEW_KEY), tx.objectStore('sync').get('state')]);
    return { record, changes: repairSyncState(state).changes ?? 0 };
  });
}
