import type { ScanStatus } from './types.ts';

/** Jobs counted by state; only the latest attempt of each job id is counted. */
export interface JobCounts {
  /** Counted jobs (latest attempts), skipped ones included. */
  total: number;
  queued: number;
  running: number;
  succeeded: number;
  /** Failed, timed-out and unknown-terminal jobs together. */
  failed: number;
  timedOut: number;
  stopped: number;
  skipped: number;
  /** Jobs whose status string was not recognised. */
  unknown: number;
}

export interface AggregateResult {
  status: ScanStatus;
  counts: JobCounts;
  /** Failures already known, also while the scan is still running. */
  failedSoFar: number;
  /** Why a non-obvious status was chosen (edge cases, unknown strings). */
  reason?: string;
}

export interface AggregateOptions {
  /** Now, in epoch ms, for orphan detection. */
  now?: number;
  /** When the scan started (ISO), for orphan detection. */
  startedAt?: string | null;
  /** A scan running longer than this is reported with an orphan reason (default 24 h). */
  orphanAfterMs?: number;
}

/** See docs/status.md for the decision table. */
export function aggregateScanStatus(
  scan: { lifecycle: string },
  jobs: ReadonlyArray<{ id: string; status: string; attempt?: number; name?: string }>,
  options?: AggregateOptions,
): AggregateResult {
  void scan; void jobs; void options;
  throw new Error('not implemented yet (issue 2)');
}
