import type { ScanStatus } from './types.ts';
import { latestAttempts, type JobAttempt } from './latest-attempts.ts';
import { normalizeJobStatus, normalizeLifecycle } from './normalize-status.ts';
import { countJobs, type JobCounts } from './count-jobs.ts';
import { orphanNote } from './orphan.ts';

export type { JobCounts } from './count-jobs.ts';
export { DEFAULT_ORPHAN_AFTER_MS } from './orphan.ts';

export interface AggregateResult {
  status: ScanStatus;
  counts: JobCounts;
  /** Failures already known, also while the scan is still running. */
  failedSoFar: number;
  /** Why a non-obvious status was chosen (edge cases, unknown strings). */
  reason?: string;
  /** True when the scan says running but has run longer than `orphanAfterMs` (the scanner may have died). */
  orphaned?: boolean;
}

export interface AggregateOptions {
  /** Now, in epoch ms, for orphan detection. */
  now?: number;
  /** When the scan started (ISO), for orphan detection. */
  startedAt?: string | null;
  /** A scan running longer than this is reported with an orphan reason (default 24 h). */
  orphanAfterMs?: number;
}

/**
 * The overall status of a scan from its lifecycle and its jobs (seeds 000 and 003, plus the cases
 * they leave open — domain.md's edge cases 1–11). Never throws; unknown strings are explained in `reason`.
 *
 * Only the latest attempt of each job id counts (by `attempt`, not array order). "Counted" jobs are
 * those latest attempts minus skipped ones. A failure is a job that failed, timed out, stopped inside a
 * scan that was not stopped, or has a status we do not recognise.
 *
 * | # | lifecycle | jobs (latest attempts) | status | reason |
 * |---|---|---|---|---|
 * | 1 | created | none | not_started | — |
 * | 2 | created | some | from the jobs, as rows 7–12 | "created, but N jobs exist" |
 * | 3 | submission_failed | any | submission_error | — |
 * | 4 | stopped (the whole scan) | any, even running ones | stopped | — (failedSoFar still counts failures) |
 * | 5 | submitting | any | running | — |
 * | 6 | stop_requested, canceling… | any | from the jobs, as rows 7–12 | "transitional…" |
 * | 7 | submitted | any queued or running | running, failedSoFar = failures so far | "N failed so far" when N > 0 |
 * | 8 | submitted | none at all | submission_error | "no jobs were created" |
 * | 9 | submitted | all skipped | submission_error | "all N jobs were skipped" |
 * | 10 | submitted | all counted succeeded | completed | — |
 * | 11 | submitted | ≥ 1 succeeded and ≥ 1 failure | partially_completed | — |
 * | 12 | submitted | all counted are failures | failed | — |
 * | 13 | unknown string | some | from the jobs, as rows 7–12 | "unknown lifecycle… assumed submitted" |
 * | 14 | unknown string | none | not_started | "unknown lifecycle… assumed not started" |
 * | 15 | any, result running | older than orphanAfterMs | running, orphaned: true | "running for 31 h…" |
 *
 * Job strings: timed_out is a failure; skipped is neither; a stopped (cancelled) job inside a scan
 * that was not stopped is a failure (its part was not checked, so Completed would hide a gap); a
 * transitional job ("stopping") counts as running; an unknown job string is a failure, named in
 * `reason` (claiming success on a string we cannot read would hide a problem). Timestamps never
 * decide the status; a bad `startedAt` only skips the orphan check. Full table: docs/status.md.
 */
export function aggregateScanStatus(
  scan: { lifecycle: string },
  jobs: ReadonlyArray<JobAttempt>,
  options?: AggregateOptions,
): AggregateResult {
  const lifecycle = normalizeLifecycle(scan?.lifecycle);
  const { latest, superseded, duplicates } = latestAttempts(Array.isArray(jobs) ? jobs : []);
  const notes: string[] = [];
  if (lifecycle.note) notes.push(lifecycle.note);

  const stoppedScan = lifecycle.value === 'stopped';
  const { counts, notes: jobNotes } = countJobs(latest.map((j) => normalizeJobStatus(j.status)), stoppedScan);
  notes.push(...jobNotes);
  if (superseded > 0) notes.push(`${superseded} earlier attempt(s) ignored: only the latest attempt of a job counts`);
  if (duplicates > 0) notes.push(`${duplicates} duplicate job record(s) ignored`);

  const decided = decide(lifecycle.value, lifecycle.raw, counts, notes);
  let orphaned: boolean | undefined;
  if (decided === 'running') {
    const orphan = orphanNote(options);
    if (orphan.note) notes.push(orphan.note);
    if (orphan.orphaned) orphaned = true;
  }
  const result: AggregateResult = { status: decided, counts, failedSoFar: counts.failed };
  if (notes.length > 0) result.reason = notes.join('; ');
  if (orphaned) result.orphaned = true;
  return result;
}

function decide(lifecycle: string, raw: string, counts: JobCounts, notes: string[]): ScanStatus {
  switch (lifecycle) {
    case 'submission_failed':
      return 'submission_error';
    case 'stopped':
      return 'stopped';
    case 'submitting':
      return 'running';
    case 'created':
      if (counts.total === 0) return 'not_started';
      notes.push(`lifecycle is "created", but ${counts.total} job(s) exist: status taken from the jobs`);
      return fromJobs(counts, notes);
    case 'submitted':
      return fromJobs(counts, notes);
    default:
      if (counts.total === 0) {
        notes.push(`unknown lifecycle "${raw}" and no jobs: assumed not started`);
        return 'not_started';
      }
      notes.push(`unknown lifecycle "${raw}": assumed submitted, status taken from the jobs`);
      return fromJobs(counts, notes);
  }
}

function fromJobs(counts: JobCounts, notes: string[]): ScanStatus {
  if (counts.queued + counts.running > 0) {
    if (counts.failed > 0) notes.push(`${counts.failed} job(s) failed so far; ${counts.queued + counts.running} still queued or running`);
    return 'running';
  }
  if (counts.total === 0) {
    notes.push('submitted, but no jobs were created: nothing was scanned (no regions or targets?)');
    return 'submission_error';
  }
  if (counts.total === counts.skipped) {
    notes.push(`all ${counts.total} job(s) were skipped: nothing was scanned`);
    return 'submission_error';
  }
  if (counts.failed === 0) return 'completed';
  return counts.succeeded === 0 ? 'failed' : 'partially_completed';
}
