/** State changes from outside the plan: a user's Stop, and a test's forced transition. */
import { jobsOf, type ErrorTemplate, type ScanRecord } from '../state.ts';
import { logError } from './advance-scan.ts';

const iso = (ms: number) => new Date(ms).toISOString();
const TERMINAL = new Set(['succeeded', 'failed', 'timed_out', 'stopped', 'skipped']);

/** True while the scan is being submitted or has unfinished jobs. */
export function isRunning(record: ScanRecord): boolean {
  const lifecycle = record.scan.lifecycle;
  if (lifecycle === 'submitting') return true;
  if (lifecycle !== 'submitted') return false;
  return jobsOf(record).some((j) => !TERMINAL.has(j.job.status));
}

/** Stops a scan as the user's Stop button does: unfinished jobs become `stopped`. */
export function stopScan(record: ScanRecord, now: number): void {
  record.plan = null;
  for (const entry of jobsOf(record)) {
    entry.plan = null;
    const job = entry.job;
    if (TERMINAL.has(job.status)) continue;
    const started = job.startedAt ? Date.parse(job.startedAt) : null;
    Object.assign(job, { status: 'stopped', finishedAt: iso(now), durationMs: started === null ? null : now - started });
  }
  Object.assign(record.scan, { lifecycle: 'stopped', finishedAt: iso(now), updatedAt: iso(now) });
}

export interface ForcedTransition {
  jobId?: string;
  status?: string;
  lifecycle?: string;
  error?: ErrorTemplate;
}

/**
 * Forces a job status and/or a scan lifecycle (control API). The job's plan is dropped so the
 * simulation no longer moves it. Returns an error message when the job does not exist.
 */
export function forceTransition(record: ScanRecord, change: ForcedTransition, now: number): string | null {
  if (change.jobId !== undefined) {
    const entry = jobsOf(record).find((j) => j.job.id === change.jobId);
    if (!entry) return `job ${change.jobId} not found in scan ${record.scan.id}`;
    entry.plan = null;
    const job = entry.job;
    if (change.status !== undefined) {
      job.status = change.status;
      if (change.status === 'running' || change.status === 'queued') Object.assign(job, { finishedAt: null, durationMs: null });
      if (change.status === 'running' && !job.startedAt) job.startedAt = iso(now);
      if (TERMINAL.has(change.status)) {
        job.finishedAt = iso(now);
        job.durationMs = job.startedAt ? now - Date.parse(job.startedAt) : null;
      }
    }
    if (change.error) logError(record, job.id, now, change.error);
  }
  if (change.lifecycle !== undefined) {
    if (change.lifecycle === 'stopped') stopScan(record, now);
    else record.scan.lifecycle = change.lifecycle;
    if (change.lifecycle !== 'submitting') record.plan = null;
  }
  record.scan.updatedAt = iso(Math.max(now, Date.parse(record.scan.updatedAt)));
  return null;
}
