import type { JobStatus } from './types.ts';
import type { Normalized } from './normalize-status.ts';
import { isFailedJobStatus } from './job-failed.ts';

/** Jobs counted by state; only the latest attempt of each job id is counted. */
export interface JobCounts {
  /** Counted jobs (latest attempts), skipped ones included. */
  total: number;
  queued: number;
  running: number;
  succeeded: number;
  /**
   * Failures: failed, timed-out and unknown-status jobs together, plus stopped jobs when the scan
   * as a whole was not stopped.
   */
  failed: number;
  timedOut: number;
  stopped: number;
  skipped: number;
  /** Jobs whose status string was not recognised (also counted in `failed`). */
  unknown: number;
}

/**
 * Counts normalized job states. `stoppedScan` says whether the scan as a whole was stopped: only
 * then is a stopped job expected rather than a failure. Returns notes for synonyms and unknown strings.
 */
export function countJobs(statuses: ReadonlyArray<Normalized<JobStatus>>, stoppedScan: boolean): { counts: JobCounts; notes: string[] } {
  const counts: JobCounts = { total: 0, queued: 0, running: 0, succeeded: 0, failed: 0, timedOut: 0, stopped: 0, skipped: 0, unknown: 0 };
  const unknownRaw = new Set<string>();
  const transitional = new Set<string>();
  for (const s of statuses) {
    counts.total++;
    if (s.transitional && s.note) transitional.add(s.note);
    if (isFailedJobStatus(s.value, stoppedScan)) counts.failed++;
    switch (s.value) {
      case 'queued': counts.queued++; break;
      case 'running': counts.running++; break;
      case 'succeeded': counts.succeeded++; break;
      case 'failed': break;
      case 'timed_out': counts.timedOut++; break;
      case 'skipped': counts.skipped++; break;
      case 'stopped':
        counts.stopped++;
        break;
      default:
        counts.unknown++;
        unknownRaw.add(s.raw);
    }
  }
  const notes: string[] = [...transitional];
  if (counts.stopped > 0 && !stoppedScan) {
    notes.push(`${counts.stopped} job(s) were stopped although the scan was not: counted as failed (their part was not scanned)`);
  }
  if (counts.unknown > 0) {
    const names = [...unknownRaw].slice(0, 3).map((r) => `"${r}"`).join(', ');
    notes.push(`${counts.unknown} job(s) with unknown status ${names}: counted as failed until they report a known state`);
  }
  return { counts, notes };
}
