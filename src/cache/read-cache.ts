/** Reads of the cache: everything the views, badge and notifier derive from, in one consistent snapshot. */
import type { ErrorLog, Integration, Job, Project, Scan } from '../core/index.ts';
import type { CacheDb, LedgerEntry, ProjectPref, ScanMark, SyncState } from './schema.ts';
import { initialSyncState } from './sync-state.ts';
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
    tx.objectStore('sync').get('state'),
  ]);
  await tx.done;
  return {
    projects,
    scans,
    attemptsByScan: attemptsByScan(facts),
    jobsByScan: groupBy(jobs, (j) => j.scanId),
    errorsByScan: groupBy(errors, (e) => e.scanId),
    integrations,
    marks: new Map(marks.map((m) => [m.scanId, m])),
    prefs: new Map(prefs.map((p) => [p.projectId, p])),
    sync: sync ?? initialSyncState(),
  };
}

export interface ReadFactsOptions {
  /** Keep every scan record in `scans` (not only the selected ones). */
  allScans?: boolean;
  /** Read every error log (one request) instead of only the selected scans'. */
  allErrors?: boolean;
}

/**
 * Reads the small stores, every scan record and every scan's compact job facts, but whole jobs and
 * error logs only of the scans `select` picks (by index, in the same readonly transaction); `scans`
 * holds only those unless `allScans`. For work in a large cache without reading every job record.
 */
export async function readFactsFor(
  db: CacheDb,
  select: (scans: Scan[], sync: SyncState) => Iterable<string>,
  options: ReadFactsOptions = {},
): Promise<CacheFacts> {
  const tx = db.transaction(['projects', 'scans', 'jobs', 'jobFacts', 'errors', 'integrations', 'marks', 'projectPrefs', 'sync'], 'readonly');
  const [projects, scans, facts, integrations, marks, prefs, stored] = await Promise.all([
    tx.objectStore('projects').getAll(),
    tx.objectStore('scans').getAll(),
    tx.objectStore('jobFacts').getAll(),
    tx.objectStore('integrations').getAll(),
    tx.objectStore('marks').getAll(),
    tx.objectStore('projectPrefs').getAll(),
    tx.objectStore('sync').get('state'),
  ]);
  const sync = stored ?? initialSyncState();
  const wanted = new Set(select(scans, sync));
  const chosen = scans.filter((s) => wanted.has(s.id));
  const [jobs, errors, allErrors] = await Promise.all([
    Promise.all(chosen.map((s) => tx.objectStore('jobs').index('byScan').getAll(s.id))),
    options.allErrors ? [] : Promise.all(chosen.map((s) => tx.objectStore('errors').index('byScan').getAll(s.id))),
    options.allErrors ? tx.objectStore('errors').getAll() : [],
  ]);
  await tx.done;
  return {
    projects,
    scans: options.allScans ? scans : chosen,
    attemptsByScan: attemptsByScan(facts),
    jobsByScan: new Map(chosen.map((s, i) => [s.id, jobs[i] ?? []])),
    errorsByScan: options.allErrors ? groupBy(allErrors, (e) => e.scanId) : new Map(chosen.map((s, i) => [s.id, errors[i] ?? []])),
    integrations,
    marks: new Map(marks.map((m) => [m.scanId, m])),
    prefs: new Map(prefs.map((p) => [p.projectId, p])),
    sync,
  };
}

/** One scan's facts, or null when it is not cached. */
export async function readScanFacts(db: CacheDb, scanId: string): Promise<{ scan: Scan; jobs: Job[]; errors: ErrorLog[] } | null> {
  const tx = db.transaction(['scans', 'jobs', 'errors'], 'readonly');
  const [scan, jobs, errors] = await Promise.all([
    tx.objectStore('scans').get(scanId),
    tx.objectStore('jobs').index('byScan').getAll(scanId),
    tx.objectStore('errors').index('byScan').getAll(scanId),
  ]);
  await tx.done;
  return scan ? { scan, jobs, errors } : null;
}

/** The whole notification ledger, oldest first (for diagnostics and tests). */
export async function readLedger(db: CacheDb): Promise<LedgerEntry[]> {
  return db.getAllFromIndex('ledger', 'byAt');
}
