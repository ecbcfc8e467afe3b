/** Which cached scans are still moving (running or being submitted): they drive the fast cadence and job refreshes. */
import { aggregateScanStatus, type Job, type Scan } from '../core/index.ts';

/** Ids of scans whose status, derived from the cached facts, is running. */
export function activeScanIds(scans: ReadonlyArray<Scan>, jobsByScan: ReadonlyMap<string, Job[]>): string[] {
  return scans.filter((scan) => aggregateScanStatus(scan, jobsByScan.get(scan.id) ?? []).status === 'running').map((s) => s.id);
}
