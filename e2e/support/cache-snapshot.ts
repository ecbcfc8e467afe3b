import type { Page } from 'playwright-core';

/** What the extension's cache database holds, read straight from IndexedDB (read-only, no version: never upgrades it). */
export interface CacheSnapshot {
  scanIds: string[];
  /** Job records (every attempt) over all scans. */
  jobs: number;
  ledger: Array<{ key: string; scanId?: string; kind?: string; outcome?: string }>;
  /** The sync checkpoint record (`sync` store, key `state`). */
  sync: { pass?: { cursor: string | null } | null; watermark?: string | null; pendingDetails?: string[] } | null;
}

/**
 * Reads the scans' ids, the job count, the ledger and the checkpoint in one read-only transaction,
 * from an extension page (same origin as the worker, so the same database; works while the worker is stopped).
 */
export function cacheSnapshot(page: Page): Promise<CacheSnapshot> {
  return page.evaluate(
    () =>
      new Promise<CacheSnapshot>((resolve, reject) => {
        const open = indexedDB.open('scansight-cache');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['scans', 'jobs', 'ledger', 'sync'], 'readonly');
          const scans = tx.objectStore('scans').getAllKeys();
          // One record per scan holding its jobs (schema v4).
          const jobs = tx.objectStore('jobs').getAll();
          const ledger = tx.objectStore('ledger').getAll();
          const sync = tx.objectStore('sync').get('state');
          tx.oncomplete = () => {
            db.close();
            const jobCount = (jobs.result as Array<{ jobs?: unknown[] }>).reduce((sum, r) => sum + (Array.isArray(r.jobs) ? r.jobs.length : 0), 0);
            resolve({ scanIds: scans.result as string[], jobs: jobCount, ledger: ledger.result as CacheSnapshot['ledger'], sync: (sync.result as CacheSnapshot['sync']) ?? null });
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}
