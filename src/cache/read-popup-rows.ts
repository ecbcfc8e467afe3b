/**
 * The read behind a popup's first screen when the worker has no rows memoized (a worker just started):
 * every scan record, but job facts only of the scans `select` picks (each project's latest run, for a
 * view of latest runs), instead of every scan's. With 10,000 cached scans that is a tenth of the job
 * facts the full read (read-cache.ts `readStatusFacts`) deserialises.
 */
import type { Scan } from '../core/index.ts';
import type { CacheFacts } from './read-cache.ts';
import type { CacheDb, SyncState } from './schema.ts';
import { attemptsOf } from './job-facts.ts';
import { validRecords } from './record-checks.ts';
import { isSyncHeadDamaged, repairSyncState } from './repair-sync-state.ts';

/**
 * Reads projects, scans, marks, project prefs and the sync state's small fields, and the job facts
 * of the scans `select` picks, in one readonly transaction. `attemptsByScan` holds only those scans
 * (any other scan reads as "jobs not fetched yet": callers use only the selected scans' statuses);
 * integrations, jobs, error logs and the sync state's ETags and notifier snapshot are not read
 * (`sync.etags` is empty, `sync.snapshot` null).
 */
export async function readFactsOfScans(db: CacheDb, select: (scans: Scan[], sync: SyncState) => Iterable<string>): Promise<CacheFacts> {
  const tx = db.transaction(['projects', 'scans', 'jobFacts', 'marks', 'projectPrefs', 'sync'], 'readonly');
  let garbage = false;
  const check = <T>(store: Parameters<typeof validRecords>[0], records: T[]): T[] => validRecords(store, records, () => (garbage = true));
  const [rawProjects, rawScans, rawMarks, rawPrefs, rawSync] = await Promise.all([
    tx.objectStore('projects').getAll(),
    tx.objectStore('scans').getAll(),
    tx.objectStore('marks').getAll(),
    tx.objectStore('projectPrefs').getAll(),
    tx.objectStore('sync').get('state'),
  ]);
  const scans = check('scans', rawScans);
  const sync = repairSyncState(rawSync);
  const ids = [...new Set(select(scans, sync))];
  const records = await Promise.all(ids.map((id) => tx.objectStore('jobFacts').get(id)));
  await tx.done;
  const facts = check('jobFacts', records.filter((r) => r !== undefined));
  return {
    projects: check('projects', rawProjects),
    scans,
    attemptsByScan: new Map(facts.map((r) => [r.scanId, attemptsOf(r)])),
    jobsByScan: new Map(),
    errorsByScan: new Map(),
    integrations: [],
    marks: new Map(check('marks', rawMarks).map((m) => [m.scanId, m])),
    prefs: new Map(check('projectPrefs', rawPrefs).map((p) => [p.projectId, p])),
    sync,
    garbage: garbage || isSyncHeadDamaged(rawSync),
  };
}
