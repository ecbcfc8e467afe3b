/**
 * Whether one job counts as a failure. The scan status (count-jobs.ts) and the overlay's job rows
 * both ask this, so a job the status counts as failed is the job the overlay marks failed.
 */
import type { JobStatus } from './types.ts';
import { normalizeJobStatus, normalizeLifecycle } from './normalize-status.ts';

/**
 * A normalised job state is a failure when it failed, timed out or is unknown, or when it was stopped
 * inside a scan that was not stopped as a whole (its part was not checked).
 */
export function isFailedJobStatus(status: JobStatus | 'unknown', scanStopped: boolean): boolean {
  switch (status) {
    case 'failed':
    case 'timed_out':
    case 'unknown':
      return true;
    case 'stopped':
      return !scanStopped;
    default:
      return false;
  }
}

/** True when a scan's lifecycle string means the whole scan was stopped ("cancelled", "revoked" …). */
export function isStoppedLifecycle(rawLifecycle: unknown): boolean {
  return normalizeLifecycle(rawLifecycle).value === 'stopped';
}

/** {@link isFailedJobStatus} from the raw wire strings of a job and its scan's lifecycle. */
export function jobFailed(rawJobStatus: unknown, rawScanLifecycle: unknown): boolean {
  return isFailedJobStatus(normalizeJobStatus(rawJobStatus).value, isStoppedLifecycle(rawScanLifecycle));
}
