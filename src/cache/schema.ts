/**
 * The cache's IndexedDB schema as a type, and its versioned upgrades. Facts, plus one derived record
 * (the popup's view, store `views`), versioned by the facts' change counter so it is never taken for
 * newer than what it was derived from; every other derived thing is computed, never stored.
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { ConnectionState, ErrorLog, Integration, Job, Project, Scan, SnapshotScan } from '../core/index.ts';
import { jobFactsOf, type ScanJobFacts } from './job-facts.ts';
import type { PopupViewRecord } from '../popup-view.ts';

/** The database's name: the popup reads its view from it (popup-view.ts). */
export { CACHE_DB_NAME } from '../popup-view.ts';
export const CACHE_DB_VERSION = 5;

/** Pagination in progress: the checkpoint that lets a stopped worker resume where it left off. */
export interface ScanPass {
  /** The updatedSince this pass asks with (null = full listing). */
  since: string | null;
  /** Cursor of the next page to fetch; null = first page. */
  cursor: string | null;
  /** Highest updatedAt seen so far in this pass: the next watermark once the pass completes. */
  maxUpdatedAt: string | null;
}

export interface SyncState {
  key: 'state';
  /** updatedSince for the next pass: the highest updatedAt of the last completed pass. */
  watermark: string | null;
  pass: ScanPass | null;
  /** Scans whose jobs and error logs must be (re)fetched; written with the page that changed them. */
  pendingDetails: string[];
  /** Resource key ('projects', 'integrations', 'scans', 'jobs:<id>', 'errors:<id>') → ETag. */
  etags: Record<string, string>;
  lastSuccessAt: string | null;
  lastAttemptAt: string | null;
  lastError: { code: string; message: string; at: string } | null;
  connection: ConnectionState;
  consecutiveFailures: number;
  /** Epoch ms before which the server asked not to be called (Retry-After). */
  retryNotBefore: number | null;
  pollHintMs: number | null;
  /** What the notifier saw last time (null = take a baseline on the next sync). */
  snapshot: SnapshotScan[] | null;
  /**
   * True once a notifier round saw the cache complete (no pass or details pending). Until then, scans
   * entering the snapshot are backfilled history, not news. Absent in records of older builds.
   */
  backfilled?: boolean;
  /**
   * Epoch ms of the last revalidation of projects and integrations. An idle poll lists scans only;
   * the collections are revalidated when scans changed or this is old. Absent in older records.
   */
  collectionsCheckedAt?: number | null;
  /**
   * Bumped in the same transaction as every write of facts or marks the popup's rows derive from:
   * the cache version a materialized view names (popup-view.ts). Absent in older records (0).
   */
  changes?: number;
}

/** One transition the notifier has handled; the key makes repeats impossible across restarts. */
export interface LedgerEntry {
  key: string;
  scanId: string;
  projectId: string;
  kind: string;
  at: string;
  /** 'shown', or why it was held back: 'muted', 'snoozed', 'acknowledged', 'in_front' (the user is on its dashboard page), 'quiet_hours', 'rule_off'. */
  outcome: string;
}

export interface ScanMark {
  scanId: string;
  acknowledgedAt: string;
}

export interface ProjectPref {
  projectId: string;
  muted: boolean;
  snoozedUntil: string | null;
}

/**
 * One scan's job records (schema v4): every attempt of every job, written and replaced whole with the
 * scan's job facts. One record per scan instead of one per job: a cold sync of 1,000 scans writes 1,000
 * records, not 36,000 each with a compound key and an index entry.
 */
export interface ScanJobs {
  scanId: string;
  jobs: Job[];
}

/**
 * A record of the `sync` store (sync-state.ts): `state` (the small fields; older builds kept the two
 * large ones inline too), `etags` and `snapshot`.
 */
export type SyncRecord =
  | SyncState
  | Omit<SyncState, 'etags' | 'snapshot'>
  | { key: 'etags'; etags: SyncState['etags'] }
  | { key: 'snapshot'; snapshot: SyncState['snapshot'] };

export interface CacheSchema extends DBSchema {
  projects: { key: string; value: Project };
  scans: { key: string; value: Scan; indexes: { byProject: string; byUpdatedAt: string; byLifecycle: string } };
  jobs: { key: string; value: ScanJobs };
  errors: { key: string; value: ErrorLog; indexes: { byScan: string; byJob: string; byAt: string } };
  integrations: { key: string; value: Integration };
  sync: { key: string; value: SyncRecord };
  ledger: { key: string; value: LedgerEntry; indexes: { byAt: string } };
  marks: { key: string; value: ScanMark };
  projectPrefs: { key: string; value: ProjectPref };
  jobFacts: { key: string; value: ScanJobFacts };
  views: { key: string; value: PopupViewRecord };
}

export type CacheDb = IDBPDatabase<CacheSchema>;
export type StoreName = StoreNames<CacheSchema>;
type UpgradeTx = IDBPTransaction<CacheSchema, StoreName[], 'versionchange'>;

/**
 * Version 1: the facts and the sync state. Kept exactly as shipped so a test can build a v1
 * database and upgrade it.
 */
export function upgradeToV1(db: CacheDb): void {
  db.createObjectStore('projects', { keyPath: 'id' });
  db.createObjectStore('scans', { keyPath: 'id' }).createIndex('byProject', 'projectId');
  // One record per job until v4 (the store's type is v4's; this is the store as v1 created it).
  (db as unknown as IDBPDatabase).createObjectStore('jobs', { keyPath: ['scanId', 'id', 'attempt'] }).createIndex('byScan', 'scanId');
  db.createObjectStore('errors', { keyPath: 'id' }).createIndex('byScan', 'scanId');
  db.createObjectStore('integrations', { keyPath: 'id' });
  db.createObjectStore('sync', { keyPath: 'key' });
}

/** Version 2: delta/retention indexes, the notification ledger, acknowledgements and project preferences. */
export function upgradeToV2(db: CacheDb, tx: UpgradeTx): void {
  const scans = tx.objectStore('scans');
  scans.createIndex('byUpdatedAt', 'updatedAt');
  scans.createIndex('byLifecycle', 'lifecycle');
  const errors = tx.objectStore('errors');
  errors.createIndex('byJob', 'jobId');
  errors.createIndex('byAt', 'at');
  db.createObjectStore('ledger', { keyPath: 'key' }).createIndex('byAt', 'at');
  db.createObjectStore('marks', { keyPath: 'scanId' });
  db.createObjectStore('projectPrefs', { keyPath: 'projectId' });
}

/**
 * Version 3: compact per-scan job facts, so views aggregate without reading every job record. Built
 * from the cached jobs; a scan with no jobs gets an empty record unless its details are still pending.
 */
export function upgradeToV3(db: CacheDb, tx: UpgradeTx): Promise<void> {
  db.createObjectStore('jobFacts', { keyPath: 'scanId' });
  // Version 3 shipped with per-job records (keyed [scanId, id, attempt]); v4 regroups them after this step.
  const oldJobs = tx.objectStore('jobs') as unknown as { getAll(): Promise<Job[]> };
  return (async () => {
    const [scans, jobs, state] = await Promise.all([
      tx.objectStore('scans').getAllKeys(),
      oldJobs.getAll(),
      tx.objectStore('sync').get('state'),
    ]);
    const byScan = groupJobs(jobs);
    // A v2 cache's state record: the small and the large fields in one (the split came later, in v4).
    const details = (state as Partial<SyncState> | undefined)?.pendingDetails;
    const pending = new Set(Array.isArray(details) ? details : []);
    const store = tx.objectStore('jobFacts');
    for (const scanId of scans) {
      const scanJobs = byScan.get(scanId);
      if (scanJobs || !pending.has(scanId)) void store.put(jobFactsOf(scanId, scanJobs ?? []));
    }
  })();
}

function groupJobs(jobs: ReadonlyArray<Job>): Map<string, Job[]> {
  const byScan = new Map<string, Job[]>();
  for (const job of jobs) {
    const list = byScan.get(job.scanId);
    if (list) list.push(job);
    else byScan.set(job.scanId, [job]);
  }
  return byScan;
}

/**
 * Version 4: one `jobs` record per scan ({@link ScanJobs}) instead of one per job. Every old job
 * record is kept, regrouped by its scan (in key order: by job id, then attempt); a record that is not
 * a job object (garbage) is dropped, and heal-cache refetches what the job facts still name.
 */
export async function upgradeToV4(db: CacheDb, tx: UpgradeTx): Promise<void> {
  const old = tx.objectStore('jobs') as unknown as { getAll(): Promise<unknown[]> };
  const records = await old.getAll();
  const jobs = records.filter((r): r is Job => typeof r === 'object' && r !== null && typeof (r as Job).scanId === 'string');
  db.deleteObjectStore('jobs');
  const store = db.createObjectStore('jobs', { keyPath: 'scanId' });
  for (const [scanId, list] of groupJobs(jobs)) void store.put({ scanId, jobs: list });
}

/**
 * Version 5: the `views` store, derived records the UIs read without the worker (the popup's
 * materialized view). Never a source of facts: each names the `changes` it was derived at.
 */
export function upgradeToV5(db: CacheDb): void {
  db.createObjectStore('views', { keyPath: 'key' });
}

/** Runs every upgrade step between `oldVersion` and the current version, in order (each after the last one's reads). */
export function upgradeCache(db: CacheDb, oldVersion: number, tx: UpgradeTx): void {
  if (oldVersion < 1) upgradeToV1(db);
  if (oldVersion < 2) upgradeToV2(db, tx);
  const v3 = oldVersion < 3 ? upgradeToV3(db, tx) : null;
  if (oldVersion < 4) {
    if (v3) void v3.then(() => upgradeToV4(db, tx));
    else void upgradeToV4(db, tx);
  }
  if (oldVersion < 5) upgradeToV5(db);
}
