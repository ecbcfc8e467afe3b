/**
 * Retention: the latest N runs per project, error logs of the last N days, and a bounded ledger.
 * A pruned scan takes its jobs, error logs, acknowledgement and ETags with it, in one transaction.
 */
import type { Scan } from '../core/index.ts';
import type { CacheDb } from './schema.ts';
import { bumpChanges, updateSyncStateIn } from './sync-state.ts';
import { runTx } from './run-tx.ts';

export interface RetentionPolicy {
  runsPerProject: number;
  errorLogDays: number;
}

/** Ledger entries are kept this long: longer than any scan stays interesting. */
export const LEDGER_DAYS = 90;
const DAY_MS = 86_400_000;

/** Ids of the runs past the newest `runsPerProject` of each project. */
function runsBeyond(scans: readonly Pick<Scan, 'id' | 'projectId' | 'createdAt'>[], runsPerProject: number): string[] {
  const byProject = new Map<string, Array<Pick<Scan, 'id' | 'createdAt'>>>();
  for (const scan of scans) {
    const runs = byProject.get(scan.projectId);
    if (runs) runs.push(scan);
    else byProject.set(scan.projectId, [scan]);
  }
  const keep = Math.max(1, Math.floor(runsPerProject));
  const doomed: string[] = [];
  for (const runs of byProject.values()) {
    if (runs.length <= keep) continue;
    runs.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
    doomed.push(...runs.slice(keep).map((s) => s.id));
  }
  return doomed;
}

/**
 * Prunes the cache to the policy; returns how many scans and error logs were removed. `scans`, when
 * given, is every scan record as the caller read it with nothing written since (an idle poll's own
 * read): retention then counts runs from it instead of reading every scan record again.
 */
export async function pruneCache(
  db: CacheDb,
  policy: RetentionPolicy,
  now: number,
  scans?: readonly Pick<Scan, 'id' | 'projectId' | 'createdAt'>[],
): Promise<{ scans: number; errors: number }> {
  const tx = db.transaction(['scans', 'jobs', 'jobFacts', 'errors', 'marks', 'ledger', 'sync'], 'readwrite');
  return runTx(tx, async () => {
    const doomed = runsBeyond(scans ?? (await tx.objectStore('scans').getAll()), policy.runsPerProject);
    let errorsRemoved = 0;
    for (const scanId of doomed) {
      await tx.objectStore('scans').delete(scanId);
      await tx.objectStore('marks').delete(scanId);
      await tx.objectStore('jobFacts').delete(scanId);
      await tx.objectStore('jobs').delete(scanId);
      for (const key of await tx.objectStore('errors').index('byScan').getAllKeys(scanId)) {
        await tx.objectStore('errors').delete(key);
        errorsRemoved++;
      }
    }
    const errorCutoff = new Date(now - Math.max(1, policy.errorLogDays) * DAY_MS).toISOString();
    for (const key of await tx.objectStore('errors').index('byAt').getAllKeys(IDBKeyRange.upperBound(errorCutoff, true))) {
      await tx.objectStore('errors').delete(key);
      errorsRemoved++;
    }
    const ledgerCutoff = new Date(now - LEDGER_DAYS * DAY_MS).toISOString();
    for (const key of await tx.objectStore('ledger').index('byAt').getAllKeys(IDBKeyRange.upperBound(ledgerCutoff, true))) {
      await tx.objectStore('ledger').delete(key);
    }
    if (doomed.length > 0) {
      const gone = new Set(doomed);
      await updateSyncStateIn(tx, (s) => ({
        pendingDetails: s.pendingDetails.filter((id) => !gone.has(id)),
        etags: Object.fromEntries(Object.entries(s.etags).filter(([k]) => !gone.has(k.slice(k.indexOf(':') + 1)))),
        snapshot: s.snapshot?.filter((entry) => !gone.has(entry.scanId)) ?? null,
        ...bumpChanges(s),
      }));
    }
    return { scans: doomed.length, errors: errorsRemoved };
  });
}
