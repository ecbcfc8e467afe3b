import type { JobStatus, ScanLifecycle, ScanStatus } from './types.ts';

/** The seven overall statuses, in the product's own order (seed 000). */
export const SCAN_STATUSES: readonly ScanStatus[] = [
  'not_started',
  'running',
  'submission_error',
  'failed',
  'partially_completed',
  'completed',
  'stopped',
];

/** Job states as this project names them; wire synonyms are mapped by {@link normalizeJobStatus}. */
export const JOB_STATUSES: readonly JobStatus[] = ['queued', 'running', 'succeeded', 'failed', 'timed_out', 'stopped', 'skipped'];

/** Scan lifecycle states; wire synonyms are mapped by {@link normalizeLifecycle}. */
export const SCAN_LIFECYCLES: readonly ScanLifecycle[] = ['created', 'submitting', 'submitted', 'submission_failed', 'stopped'];

/** True for one of the seven overall statuses (use on strings from storage or the wire). */
export function isScanStatus(value: unknown): value is ScanStatus {
  return typeof value === 'string' && (SCAN_STATUSES as readonly string[]).includes(value);
}
