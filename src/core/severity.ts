import type { ScanStatus } from './types.ts';
import { own } from './own.ts';

// Distinct ranks make this a strict total order, so sorting by it is deterministic.
const RANK: Record<ScanStatus, number> = {
  submission_error: 7,
  failed: 6,
  partially_completed: 5,
  running: 4,
  stopped: 3,
  not_started: 2,
  completed: 1,
};

/**
 * Total order, higher is worse: submission_error > failed > partially_completed > running > stopped
 * > not_started > completed. Submission Error ranks above Failed because nothing at all was scanned
 * and a re-run alone may not help. Drives sorting and the badge colour. A string that is not a
 * status (bad cache data) gets 0, below everything, rather than throwing.
 */
export function severity(status: ScanStatus): number {
  return own(RANK, status) ?? 0;
}

/** Comparator for sorting worst first; ties keep their order (Array.prototype.sort is stable). */
export function bySeverityDesc(a: { status: ScanStatus }, b: { status: ScanStatus }): number {
  return severity(b.status) - severity(a.status);
}
