import type { JobStatus, ScanLifecycle } from './types.ts';
import { own } from './own.ts';

/** A wire string mapped to a known state, with a note when that took an assumption. */
export interface Normalized<T extends string> {
  /** The mapped state, or 'unknown' when the string means nothing we know. */
  value: T | 'unknown';
  /** The string as received (trimmed). */
  raw: string;
  /** Set when the string was a synonym, a transitional state or unknown: what was assumed and why. */
  note?: string;
  /** A stop asked for but not confirmed ("stop_requested", "canceling"). */
  transitional?: boolean;
}

/** Lower-case, trim, and fold spaces and hyphens into underscores: "Stop Requested" → "stop_requested". */
export function statusKey(raw: unknown): string {
  return String(raw ?? '').trim().toLowerCase().replace(/[\s-]+/g, '_');
}

// Synonyms seen on real scanners and CI systems (GitHub, GitLab, Celery/Prowler, Pentest-Tools).
const JOB_SYNONYMS: Readonly<Record<string, JobStatus>> = {
  queued: 'queued', pending: 'queued', scheduled: 'queued', available: 'queued', received: 'queued',
  waiting: 'queued', created: 'queued', retry: 'queued', requested: 'queued', throttled: 'queued',
  running: 'running', in_progress: 'running', executing: 'running', started: 'running', progress: 'running',
  succeeded: 'succeeded', success: 'succeeded', successful: 'succeeded', completed: 'succeeded', done: 'succeeded', passed: 'succeeded',
  failed: 'failed', failure: 'failed', error: 'failed', errored: 'failed',
  timed_out: 'timed_out', timeout: 'timed_out', timedout: 'timed_out',
  stopped: 'stopped', cancelled: 'stopped', canceled: 'stopped', revoked: 'stopped', aborted: 'stopped',
  skipped: 'skipped', neutral: 'skipped', not_applicable: 'skipped',
};

// Asked to stop, not stopped yet: the job may still run (and fail) — treat it as running until confirmed.
const TRANSITIONAL = new Set(['stop_requested', 'stopping', 'canceling', 'cancelling', 'cancel_requested', 'aborting']);

/** Maps a job status string from the wire to a {@link JobStatus}; never throws. */
export function normalizeJobStatus(raw: unknown): Normalized<JobStatus> {
  const key = statusKey(raw);
  const text = String(raw ?? '').trim();
  if (TRANSITIONAL.has(key)) {
    return { value: 'running', raw: text, transitional: true, note: `job status "${text}" is transitional: counted as running until the stop is confirmed` };
  }
  const value = own(JOB_SYNONYMS, key);
  if (value === undefined) return { value: 'unknown', raw: text };
  return key === value ? { value, raw: text } : { value, raw: text, note: `job status "${text}" read as ${value}` };
}

const LIFECYCLE_SYNONYMS: Readonly<Record<string, ScanLifecycle>> = {
  created: 'created', scheduled: 'created', available: 'created', not_started: 'created',
  submitting: 'submitting', pending: 'submitting',
  submitted: 'submitted', running: 'submitted', executing: 'submitted', in_progress: 'submitted', completed: 'submitted', failed: 'submitted',
  submission_failed: 'submission_failed', submit_error: 'submission_failed', submission_error: 'submission_failed',
  stopped: 'stopped', cancelled: 'stopped', canceled: 'stopped', revoked: 'stopped',
};

/**
 * Maps a scan lifecycle string to a {@link ScanLifecycle}. Transitional stop states come back as
 * 'submitted' with a note: the jobs decide until the stop is confirmed.
 */
export function normalizeLifecycle(raw: unknown): Normalized<ScanLifecycle> {
  const key = statusKey(raw);
  const text = String(raw ?? '').trim();
  if (TRANSITIONAL.has(key)) {
    return { value: 'submitted', raw: text, transitional: true, note: `lifecycle "${text}" is transitional: not stopped until confirmed, status taken from the jobs` };
  }
  const value = own(LIFECYCLE_SYNONYMS, key);
  if (value === undefined) return { value: 'unknown', raw: text };
  return key === value ? { value, raw: text } : { value, raw: text, note: `lifecycle "${text}" read as ${value}` };
}
