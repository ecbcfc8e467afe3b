/** Reads of the cache: everything the views, badge and notifier derive from, in one consistent snapshot. */
import type { ErrorLog, Integration, Job, Project, Scan } from '../core/index.ts';
import type { CacheDb, LedgerEntry, ProjectPref, ScanJobs, ScanMark, SyncState } from './schema.ts';
import { isSyncStateDamaged, repairSyncState } from './repair-sync-state.ts';
import { readStoredSyncIn } from './sync-state.ts';
import { validRecords } from './record-checks.ts';
import { attemptsOf, type ScanJobFacts } from './job-facts.ts';
import type { JobAttempt } from '../core/latest-attempts.ts';

/** All cached facts at one moment (the cache is bounded by retention, so reading it whole is cheap). */
export interface CacheFacts {
  projects: Project[];
  scans: Scan[];
  /**
   * Every cached scan's job attempts (id, status, attempt) from the compact job facts: enough to
   * aggregate statuses. A scan absent here has not had its jobs fetched yet.
   */
  attemptsByScan: Map<string, JobAttempt[]>;
  /** Whole job records, only of the scans a read selected. */
  jobsByScan: Map<string, Job[]>;
  errorsByScan: Map<string, ErrorLog[]>;
  integrations: Integration[];
  marks: Map<string, ScanMark>;
  prefs: Map<string, ProjectPref>;
  sync: SyncState;
  /** Some record read failed its check and was left out: the cache needs healing (see heal-cache.ts). */
  garbage: boolean;
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Filters records through their store's check, remembering whether any failed. */
function checker() {
  let garbage = false;
  const check = <T>(store: Parameters<typeof validRecords>[0], records: T[]): T[] => validRecords(store, records, () => (garbage = true));
  return Object.assign(check, { seen: () => garbage });
}

/** The job records of each scan's (checked) jobs record. */
function jobsOf(records: ScanJobs[]): Map<string, Job[]> {
  return new Map(records.map((r) => [r.scanId, r.jobs]));
}

function attemptsByScan(records: ScanJobFacts[]): Map<string, JobAttempt[]> {
  return new Map(records.map((r) => [r.scanId, attemptsOf(r)]));
}

/** Reads every store in one readonly transaction (tests and diagnostics: views read less). */
export async function readCacheFacts(db: CacheDb): Promise<CacheFacts> {
  const tx = db.transaction(['projects', 'scans', 'jobs', 'jobFacts', 'errors', 'integrations', 'marks', 'projectPrefs', 'sync'], 'readonly');
  const [projects, scans, facts, jobs, errors, integrations, marks, prefs, sync] = await Promise.all([
    tx.objectStore('projects').getAll(),
    tx.objectStore('scans').getAll(),
    tx.objectStore('jobFacts').getAll(),
    tx.objectStore('jobs').getAll(),
    tx.objectStore('errors').getAll(),
    tx.objectStore('integrations').getAll(),
    tx.objectStore('marks').getAll(),
    tx.objectStore('projectPrefs').getAll(),
    readStoredSyncIn(tx.objectStore('sync')),
  ]);
  await tx.done;
  const v = checker();
  return {
    projects: v('projects', projects),
    scans: v('scans', scans),
    attemptsByScan: attemptsByScan(v('jobFacts', facts)),
    jobsByScan: jobsOf(v('jobs', jobs)),
    errorsByScan: groupBy(v('errors', errors), (e) => e.scanId),
    integrations: v('integrations', integrations),
    marks: new Map(v('marks', marks).map((m) => [m.scanId, m])),
    prefs: new Map(v('projectPrefs', prefs).map((p) => [p.projectId, p])),
    sync: repairSyncState(sync),
    garbage: v.seen() || isSyncStateDamaged(sync),
  };
}

interface ReadFactsOptions {
  /** Keep every scan record in `scans` (not only the selected ones). */
  allScans?: boolean;
  /** Read every error log (one request) instead of only the selected scans'. */
  allErrors?: boolean;
  /**
   * Read the selected scans' whole job records and error logs (default true). False where only
   * statuses matter (badge, notifier, sync queue): they come from the compact job facts, and
   * `jobsByScan`/`errorsByScan` stay empty.
   */
  details?: boolean;
}

/**
 * Reads the small stores, every scan record and every scan's compact job facts, but whole jobs and
 * error logs only of the scans `select` picks (by index, in the same readonly transaction); `scans`
 * holds only those unless `allScans`. For work in a large cache without reading every job record.
 */
async function readFactsFor(
  db: CacheDb,
  select: (scans: Scan[], sync: SyncState) => Iterable<string>,
  options: ReadFactsOptions = {},
): Promise<CacheFacts> {
  const tx = db.transaction(['projects', 'scans', 'jobs', 'jobFacts', 'errors', 'integrations', 'marks', 'projectPrefs', 'sync'], 'readonly');
  const read = await Promise.all([
    tx.objectStore('projects').getAll(),
    tx.objectStore('scans').getAll(),
    tx.objectStore('jobFacts').getAll(),
    tx.objectStore('integrations').getAll(),
    tx.objectStore('marks').getAll(),
    tx.objectStore('projectPrefs').getAll(),
    readStoredSyncIn(tx.objectStore('sync')),
  ]);
  const v = checker();
  const [projects, scans, facts, integrations, marks, prefs] = [
    v('projects', read[0]), v('scans', read[1]), v('jobFacts', read[2]), v('integrations', read[3]), v('marks', read[4]), v('projectPrefs', read[5]),
  ];
  const sync = repairSyncState(read[6]);
  const wanted = new Set(select(scans, sync));
  const chosen = scans.filter((s) => wanted.has(s.id));
  const details = options.details ?? true ? chosen : [];
  const [jobs, errors, allErrors] = await Promise.all([
    Promise.all(details.map((s) => tx.objectStore('jobs').get(s.id))),
    options.allErrors ? [] : Promise.all(details.map((s) => tx.objectStore('errors').index('byScan').getAll(s.id))),
    options.allErrors ? tx.objectStore('errors').getAll() : [],
  ]);
  await tx.done;
  return {
    projects,
    scans: options.allScans ? scans : chosen,
    attemptsByScan: attemptsByScan(facts),
    jobsByScan: new Map(details.map((s, i) => [s.id, v('jobs', jobs[i] ? [jobs[i]] : [])[0]?.jobs ?? []])),
    errorsByScan: options.allErrors ? groupBy(v('errors', allErrors), (e) => e.scanId) : new Map(details.map((s, i) => [s.id, v('errors', errors[i] ?? [])])),
    integrations,
    marks: new Map(marks.map((m) => [m.scanId, m])),
    prefs: new Map(prefs.map((p) => [p.projectId, p])),
    sync,
    garbage: v.seen() || isSyncStateDamaged(read[6]),
  };
}

/** Every scan with its statuses' job facts, no whole job or error log: the popup's rows, the badge's inputs, the sync queue. */
export function readStatusFacts(db: CacheDb): Promise<CacheFacts> {
  return readFactsFor(db, () => [], { details: false, allScans: true });
}

/** The scans `select` picks, with their job facts only (`scans` holds only them): the badge and the cadence. */
export function readStatusFactsOf(db: CacheDb, select: (scans: Scan[], sync: SyncState) => Iterable<string>): Promise<CacheFacts> {
  return readFactsFor(db, select, { details: false });
}

/** The scans `select` picks with their whole jobs and error logs (`scans` holds only them): a scan's detail, the notifier's text. */
export function readScanDetails(db: CacheDb, select: (scans: Scan[], sync: SyncState) => Iterable<string>): Promise<CacheFacts> {
  return readFactsFor(db, select, {});
}

/** Every scan and every error log, whole jobs of the scans `select` picks: the overlay's answer. */
export function readOverlayFacts(db: CacheDb, select: (scans: Scan[], sync: SyncState) => Iterable<string>): Promise<CacheFacts> {
  return readFactsFor(db, select, { allScans: true, allErrors: true });
}

/** One scan's facts, or null when it is not cached. */
export async function readScanFacts(db: CacheDb, scanId: string): Promise<{ scan: Scan; jobs: Job[]; errors: ErrorLog[] } | null> {
  const tx = db.transaction(['scans', 'jobs', 'errors'], 'readonly');
  const [scan, jobs, errors] = await Promise.all([
    tx.objectStore('scans').get(scanId),
    tx.objectStore('jobs').get(scanId),
    tx.objectStore('errors').index('byScan').getAll(scanId),
  ]);
  await tx.done;
  const v = checker();
  const [valid] = v('scans', scan ? [scan] : []);
  return valid ? { scan: valid, jobs: v('jobs', jobs ? [jobs] : [])[0]?.jobs ?? [], errors: v('errors', errors) } : null;
}

/**
 * The newest `limit` ledger entries, newest first, each with its scan's and project's names where
 * they are cached (a pruned scan keeps its ids only): what the options page lists as "recent".
 */
export async function readRecentLedger(db: CacheDb, limit: number): Promise<Array<LedgerEntry & { scanName: string | null; projectName: string | null }>> {
  const tx = db.transaction(['ledger', 'scans', 'projects'], 'readonly');
  const entries: LedgerEntry[] = [];
  for (let cursor = await tx.objectStore('ledger').index('byAt').openCursor(null, 'prev'); cursor && entries.length < limit; cursor = await cursor.continue()) {
    entries.push(cursor.value);
  }
  const v = checker();
  const kept = v('ledger', entries);
  const [scans, projects] = await Promise.all([
    Promise.all(kept.map((e) => tx.objectStore('scans').get(e.scanId))),
    Promise.all(kept.map((e) => tx.objectStore('projects').get(e.projectId))),
  ]);
  await tx.done;
  return kept.map((entry, i) => ({
    ...entry,
    scanName: v('scans', scans[i] ? [scans[i]] : [])[0]?.name ?? null,
    projectName: v('projects', projects[i] ? [projects[i]] : [])[0]?.name ?? null,
  }));
}

/** The whole notification ledger, oldest first (for diagnostics and tests). */
export async function readLedger(db: CacheDb): Promise<LedgerEntry[]> {
  return db.getAllFromIndex('ledger', 'byAt');
}
