/**
 * Writes of API facts, one transaction per page or resource, never awaiting the network inside one.
 * Each write also updates the sync state (cursor, ETags, pending details) in the same transaction,
 * so a worker stopped at any point resumes from a consistent checkpoint.
 */
import type { ErrorLog, Integration, Job, Project, Scan } from '../core/index.ts';
import type { CacheDb, ScanPass, SyncState } from './schema.ts';
import { bumpChanges, updateSyncStateIn } from './sync-state.ts';
import { requestBatch, runTx } from './run-tx.ts';
import { jobFactsOf } from './job-facts.ts';

/** ETag key of the scans listing for one updatedSince value (an ETag is only valid for its own query). */
export function scansEtagKey(since: string | null): string {
  return `scans@${since ?? ''}`;
}

function later(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return b > a ? b : a;
}

/**
 * Stores one page of scans and checkpoints the pass: the next cursor, or (on the last page) the new
 * watermark. Scans that are new or changed are queued for a jobs/errors refresh in the same transaction.
 * Returns the new sync state and the ids of the scans that changed.
 */
export async function writeScanPage(
  db: CacheDb,
  pass: ScanPass,
  page: { scans: Scan[]; nextCursor: string | null; etag: string | null },
): Promise<{ state: SyncState; changed: string[] }> {
  const tx = db.transaction(['scans', 'sync'], 'readwrite');
  return runTx(tx, async () => {
    const store = tx.objectStore('scans');
    const changed: string[] = [];
    let maxUpdatedAt = pass.maxUpdatedAt;
    // Every read issued at once, not one round trip per scan; the puts are awaited with the commit.
    const cached = await Promise.all(page.scans.map((scan) => store.get(scan.id)));
    const puts = requestBatch();
    page.scans.forEach((scan, i) => {
      // Structured clone keeps key order, and the wire schemas emit schema order: equal facts stringify equally.
      const before = cached[i];
      if (!before || JSON.stringify(before) !== JSON.stringify(scan)) {
        changed.push(scan.id);
        puts.add(store.put(scan));
      }
      maxUpdatedAt = later(maxUpdatedAt, scan.updatedAt);
    });
    await puts.all();
    const state = await updateSyncStateIn(tx, (s) => {
      const pendingDetails = [...new Set([...s.pendingDetails, ...changed])];
      const changes = changed.length > 0 ? bumpChanges(s) : {};
      if (page.nextCursor !== null) return { pass: { since: pass.since, cursor: page.nextCursor, maxUpdatedAt }, pendingDetails, ...changes };
      const etags = Object.fromEntries(Object.entries(s.etags).filter(([k]) => !k.startsWith('scans@')));
      // An ETag describes a whole listing: keep it only when the listing fit in one page.
      if (pass.cursor === null && page.etag) etags[scansEtagKey(pass.since)] = page.etag;
      return { pass: null, watermark: maxUpdatedAt ?? pass.since, pendingDetails, etags, ...changes };
    });
    return { state, changed };
  });
}

type Fresh<T> = { items: T[]; etag: string | null } | 'not_modified';

/** One scan's freshly fetched details; 'not_modified' keeps what is cached. */
export interface ScanDetailsWrite {
  scanId: string;
  jobs: Fresh<Job>;
  errors: Fresh<ErrorLog>;
}

/**
 * Replaces the jobs and error logs of several scans (each list only when fetched fresh) and takes
 * them off the pending list, in one transaction: one sync-state rewrite per batch, not per scan.
 * Returns the ids whose cached details changed.
 */
export async function writeScanDetailsBatch(db: CacheDb, batch: ReadonlyArray<ScanDetailsWrite>): Promise<string[]> {
  const tx = db.transaction(['jobs', 'jobFacts', 'errors', 'sync'], 'readwrite');
  return runTx(tx, async () => {
    const changed: string[] = [];
    const errorStore = tx.objectStore('errors');
    // One record per scan for its jobs (schema v4): a put replaces them all. Requests are issued
    // without waiting for each (the transaction keeps their order), then awaited together; only the
    // error keys are read first.
    const oldErrorKeys = await Promise.all(batch.map(({ scanId, errors }) => (errors === 'not_modified' ? [] : errorStore.index('byScan').getAllKeys(scanId))));
    const requests = requestBatch();
    batch.forEach(({ scanId, jobs, errors }, i) => {
      if (jobs !== 'not_modified') {
        const own = jobs.items.filter((job) => job.scanId === scanId);
        requests.add(tx.objectStore('jobs').put({ scanId, jobs: own }));
        requests.add(tx.objectStore('jobFacts').put(jobFactsOf(scanId, own)));
      }
      if (errors !== 'not_modified') {
        for (const key of oldErrorKeys[i]!) requests.add(errorStore.delete(key));
        for (const log of errors.items) if (log.scanId === scanId) requests.add(errorStore.put(log));
      }
      if (jobs !== 'not_modified' || errors !== 'not_modified') changed.push(scanId);
    });
    await requests.all();
    const done = new Set(batch.map((b) => b.scanId));
    await updateSyncStateIn(tx, (s) => {
      const etags = { ...s.etags };
      for (const { scanId, jobs, errors } of batch) {
        if (jobs !== 'not_modified') setOrDelete(etags, `jobs:${scanId}`, jobs.etag);
        if (errors !== 'not_modified') setOrDelete(etags, `errors:${scanId}`, errors.etag);
      }
      return { etags, pendingDetails: s.pendingDetails.filter((id) => !done.has(id)), ...(changed.length > 0 ? bumpChanges(s) : {}) };
    });
    return changed;
  });
}

/** Replaces one scan's jobs and error logs; see {@link writeScanDetailsBatch}. */
export async function writeScanDetails(db: CacheDb, scanId: string, jobs: Fresh<Job>, errors: Fresh<ErrorLog>): Promise<boolean> {
  return (await writeScanDetailsBatch(db, [{ scanId, jobs, errors }])).length > 0;
}

function setOrDelete(etags: Record<string, string>, key: string, etag: string | null): void {
  if (etag) etags[key] = etag;
  else delete etags[key];
}

/** Replaces the whole projects or integrations collection with a fresh listing and its ETag. */
export async function writeCollection<K extends 'projects' | 'integrations'>(
  db: CacheDb,
  storeName: K,
  items: K extends 'projects' ? Project[] : Integration[],
  etag: string | null,
): Promise<void> {
  const tx = db.transaction([storeName, 'sync'], 'readwrite');
  await runTx(tx, async () => {
    const store = tx.objectStore(storeName);
    // Issued without a round trip each (the transaction keeps their order): 1,000 projects in one go.
    const requests = requestBatch();
    requests.add(store.clear());
    for (const item of items) requests.add(store.put(item as Project & Integration));
    await requests.all();
    await updateSyncStateIn(tx, (s) => {
      const etags = { ...s.etags };
      setOrDelete(etags, storeName, etag);
      // Project names are in the popup's rows; integrations in what a failure's fix says.
      return { etags, ...bumpChanges(s) };
    });
  });
}
