/**
 * Runs in an extension page (bundled by bench/support/bundle-for-page.ts): fills the extension's own
 * IndexedDB cache through the project's cache module (its schema, upgrades, page writes and sync
 * state), with jobs and error logs put in bulk, so the popup can be measured over a large cache
 * without waiting for the worker to sync it.
 */
import type { ErrorLog, Integration, Job, Project, Scan } from '../../src/core/index.ts';
import { createCacheHandle } from '../../src/cache/open-cache.ts';
import { writeCollection, writeScanPage } from '../../src/cache/write-facts.ts';
import { readSyncHead, updateSyncState } from '../../src/cache/sync-state.ts';
import { jobFactsOf } from '../../src/cache/job-facts.ts';

export interface FillBatch {
  scans: Scan[];
  jobs: Job[];
  errors: ErrorLog[];
  /** True for the last batch: completes the listing pass and sets the watermark. */
  last: boolean;
}

const cache = createCacheHandle();

async function reset(projects: Project[], integrations: Integration[]): Promise<void> {
  const db = await cache.rebuild();
  await writeCollection(db, 'projects', projects, null);
  await writeCollection(db, 'integrations', integrations, null);
}

async function add(json: string): Promise<void> {
  const batch = JSON.parse(json) as FillBatch;
  return addBatch(batch);
}

async function addBatch(batch: FillBatch): Promise<void> {
  const db = await cache.db();
  const { state } = await writeScanPage(db, (await readSyncHead(db)).pass ?? { since: null, cursor: null, maxUpdatedAt: null }, {
    scans: batch.scans,
    nextCursor: batch.last ? null : 'bench-fill',
    etag: null,
  });
  // The compact per-scan job facts are what the popup reads (schema v3); the sync writes them beside the jobs.
  const tx = db.transaction(['jobs', 'jobFacts', 'errors'], 'readwrite');
  const byScan = new Map<string, Job[]>(batch.scans.map((s) => [s.id, []]));
  for (const job of batch.jobs) byScan.get(job.scanId)?.push(job);
  // Schema v4: one jobs record per scan.
  for (const [scanId, jobs] of byScan) {
    void tx.objectStore('jobs').put({ scanId, jobs });
    void tx.objectStore('jobFacts').put(jobFactsOf(scanId, jobs));
  }
  for (const log of batch.errors) void tx.objectStore('errors').put(log);
  await tx.done;
  // The details are in: nothing is pending for these scans.
  const filled = new Set(batch.scans.map((s) => s.id));
  await updateSyncState(db, (s) => ({ pendingDetails: s.pendingDetails.filter((id) => !filled.has(id)), pass: state.pass }));
}

async function done(at: string): Promise<void> {
  const db = await cache.db();
  await updateSyncState(db, () => ({ connection: 'ok', lastSuccessAt: at, lastAttemptAt: at, backfilled: true }));
  cache.close();
}

(globalThis as { __benchFill?: unknown }).__benchFill = { reset, add, done };
