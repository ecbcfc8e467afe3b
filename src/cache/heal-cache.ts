/**
 * Heals a cache holding garbage records: deletes every record that fails its structural check and
 * makes the next sync refetch what they stood for. The ETags and the delta watermark would otherwise
 * keep a bad record forever (304 and "nothing changed since" never re-send it).
 */
import type { CacheDb, StoreName } from './schema.ts';
import { RECORD_CHECKS } from './record-checks.ts';
import { bumpChanges, readStoredSyncIn, updateSyncStateIn } from './sync-state.ts';
import { runTx } from './run-tx.ts';
import { isSyncStateDamaged } from './repair-sync-state.ts';

type CheckedStore = keyof typeof RECORD_CHECKS;
const STORES = Object.keys(RECORD_CHECKS) as CheckedStore[];
const PER_SCAN: ReadonlySet<CheckedStore> = new Set(['jobs', 'errors', 'jobFacts']);

function scanIdOf(value: unknown): string | null {
  const id = (value as { scanId?: unknown } | null)?.scanId;
  return typeof id === 'string' ? id : null;
}

/** Deletes garbage records and resets what would keep them; returns how many were deleted.
 * Marks every scan for a details refetch when the sync state itself was damaged. */
export async function healCache(db: CacheDb): Promise<number> {
  const tx = db.transaction([...STORES, 'sync'] as StoreName[], 'readwrite');
  return runTx(tx, async () => {
    const bad = new Set<CheckedStore>();
    const refetch = new Set<string>();
    let deleted = 0;
    for (const name of STORES) {
      let cursor = await tx.objectStore(name).openCursor();
      while (cursor) {
        if (!RECORD_CHECKS[name](cursor.value)) {
          bad.add(name);
          deleted++;
          const scanId = PER_SCAN.has(name) ? scanIdOf(cursor.value) : null;
          if (scanId) refetch.add(scanId);
          await cursor.delete();
        }
        cursor = await cursor.continue();
      }
    }
    // A damaged sync state no longer says which details are current: fetch every scan's afresh.
    if (isSyncStateDamaged(await readStoredSyncIn(tx.objectStore('sync')))) {
      for (const scanId of await tx.objectStore('scans').getAllKeys()) refetch.add(scanId);
      bad.add('scans');
    }
    if (deleted === 0 && refetch.size === 0) return 0;
    // A scan whose jobs or errors were garbage: fetch them afresh (the write replaces what is cached).
    // Its job facts go, so the views show its details as pending meanwhile.
    for (const scanId of refetch) await tx.objectStore('jobFacts').delete(scanId);
    await updateSyncStateIn(tx, (s) => {
      const etags = { ...s.etags };
      for (const scanId of refetch) {
        delete etags[`jobs:${scanId}`];
        delete etags[`errors:${scanId}`];
      }
      if (bad.has('projects')) delete etags.projects;
      if (bad.has('integrations')) delete etags.integrations;
      const scansBad = bad.has('scans');
      if (scansBad) for (const key of Object.keys(etags)) if (key.startsWith('scans@')) delete etags[key];
      return {
        etags,
        ...bumpChanges(s),
        pendingDetails: [...new Set([...s.pendingDetails, ...refetch])],
        // A garbage scan record: list every scan again (its good copy is not newer than the watermark).
        ...(scansBad ? { watermark: null, pass: null } : {}),
      };
    });
    return deleted;
  });
}
