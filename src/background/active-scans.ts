/** Which cached scans are still moving (running or being submitted): they drive the fast cadence and job refreshes. */
import { aggregateScanStatus, type JobAttempt, type Scan } from '../core/index.ts';

const SETTLED_LIFECYCLES = new Set(['stopped', 'submission_failed']);

/**
 * Scans that might still be running, judged from the scan record alone (cheap, no jobs read): not
 * finished and not in a settled lifecycle. A superset of the running ones.
 */
export function unfinishedScanIds(scans: ReadonlyArray<Scan>): string[] {
  return scans.filter((s) => s.finishedAt === null && !SETTLED_LIFECYCLES.has(s.lifecycle)).map((s) => s.id);
}

/** Ids of scans whose status, derived from the cached facts, is running. */
export function activeScanIds(scans: ReadonlyArray<Scan>, attemptsByScan: ReadonlyMap<string, JobAttempt[]>): string[] {
  return scans.filter((scan) => aggregateScanStatus(scan, attemptsByScan.get(scan.id) ?? []).status === 'running').map((s) => s.id);
}
