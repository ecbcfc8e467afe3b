/** Reads of the cache: everything the views, badge and notifier derive from, in one consistent snapshot. */
import type { ErrorLog, Integration, Job, Project, Scan } from '../core/index.ts';
import type { CacheDb, LedgerEntry, ProjectPref, ScanMark, SyncState } from './schema.ts';
import { initialSyncState } from './sync-state.ts';

/** All cached facts at one moment (the cache is bounded by retention, so reading it whole is cheap). */
export interface CacheFacts {
  projects: Project[];
  scans: Scan[];
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

/** Reads every store in one readonly transaction. */
export async function readCacheFacts(db: CacheDb): Promise<CacheFacts> {
  const tx = db.transaction(['projects', 'scans', 'jobs', 'errors', 'integrations', 'marks', 'projectPrefs', 'sync'], 'readonly');
  const [projects, scans, jobs, errors, integrations, marks, prefs, sync] = await Promise.all([
    tx.objectStore('projects').getAll(),
    tx.objectStore('scans').getAll(),
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
    jobsByScan: groupBy(jobs, (j) => j.scanId),
    errorsByScan: groupBy(errors, (e) => e.scanId),
    integrations,
    marks: new Map(marks.map((m) => [m.scanId, m])),
    prefs: new Map(prefs.map((p) => [p.projectId, p])),
    sync: sync ?? initialSyncState(),
  };
}

/**
 * Reads the small stores and every scan record, but jobs and error logs only of the scans `select`
 * picks (by index, in the same readonly transaction); `scans` holds only those. For work that needs
 * a few scans' statuses in a large cache (badge, notifier, scheduling) without reading every job.
 */
export async function readFactsFor(db: CacheDb, select: (scans: Scan[], sync: SyncState) => Iterable<string>): Promise<CacheFacts> {
  const tx = db.transaction(['projects', 'scans', 'jobs', 'errors', 'integrations', 'marks', 'projectPrefs', 'sync'], 'readonly');
  const [projects, scans, integrations, marks, prefs, stored] = await Promise.all([
    tx.objectStore('projects').getAll(),
    tx.objectStore('scans').getAll(),
    tx.objectStore('integrations').getAll(),
    tx.objectStore('marks').getAll(),
    tx.objectStore('projectPrefs').getAll(),
    tx.objectStore('sync').get('state'),
  ]);
  const sync = stored ?? initialSyncState();
  const wanted = new Set(select(scans, sync));
  const chosen = scans.filter((s) => wanted.has(s.id));
  const [jobs, errors] = await Promise.all([
    Promise.all(chosen.map((s) => tx.objectStore('jobs').index('byScan').getAll(s.id))),
    Promise.all(chosen.map((s) => tx.objectStore('errors').index('byScan').getAll(s.id))),
  ]);
  await tx.done;
  return {
    projects,
    scans: chosen,
    jobsByScan: new Map(chosen.map((s, i) => [s.id, jobs[i] ?? []])),
    errorsByScan: new Map(chosen.map((s, i) => [s.id, errors[i] ?? []])),
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
