/**
 * The user's marks on cached facts: acknowledged scans, muted and snoozed projects. Each write bumps
 * the cache's change counter in its own transaction: the popup's rows show the marks.
 */
import type { CacheDb } from './schema.ts';
import { bumpChanges, updateSyncStateIn } from './sync-state.ts';
import { runTx } from './run-tx.ts';

/** Acknowledges a scan ("investigating"), or clears the acknowledgement. */
export async function setAcknowledged(db: CacheDb, scanId: string, acknowledged: boolean, nowIso: string): Promise<void> {
  const tx = db.transaction(['marks', 'sync'], 'readwrite');
  await runTx(tx, async () => {
    if (acknowledged) await tx.objectStore('marks').put({ scanId, acknowledgedAt: nowIso });
    else await tx.objectStore('marks').delete(scanId);
    await updateSyncStateIn(tx, bumpChanges);
  });
}

/** Changes a project's mute or snooze; the other field is kept. */
export async function setProjectPref(db: CacheDb, projectId: string, change: { muted?: boolean; snoozedUntil?: string | null }): Promise<void> {
  const tx = db.transaction(['projectPrefs', 'sync'], 'readwrite');
  await runTx(tx, async () => {
    const store = tx.objectStore('projectPrefs');
    const current = (await store.get(projectId)) ?? { projectId, muted: false, snoozedUntil: null };
    await store.put({ ...current, ...change, projectId });
    await updateSyncStateIn(tx, bumpChanges);
  });
}
