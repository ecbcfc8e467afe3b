/**
 * Moves one scan along its plan up to a simulated time: submission ends, jobs start in parallel,
 * finish or fail (writing their error logs). `updatedAt` follows the latest event, so a client that
 * asks for `updatedSince` its last sync sees every change exactly when it happened.
 */
import type { ErrorTemplate, JobRecord, ScanRecord } from '../state.ts';

const iso = (ms: number) => new Date(ms).toISOString();

function touch(record: ScanRecord, at: number): void {
  if (Date.parse(record.scan.updatedAt) < at) record.scan.updatedAt = iso(at);
}

/** Appends an error log entry for a job (or the submission, with jobId null). */
export function logError(record: ScanRecord, jobId: string | null, at: number, error: ErrorTemplate): void {
  const errors = (record.errors ??= []);
  const suffix = jobId ? jobId.replace(/^j-/, '') : `${record.scan.id.replace(/^s-/, '')}-submit`;
  const sameJob = errors.filter((e) => e.jobId === jobId).length;
  errors.push({
    id: `e-${suffix}${sameJob > 0 ? `-${sameJob + 1}` : ''}`,
    scanId: record.scan.id,
    jobId,
    at: iso(at),
    code: error.code,
    message: error.message,
    detail: error.detail,
  });
}

function submit(record: ScanRecord, now: number): void {
  const plan = record.plan;
  if (!plan || record.scan.lifecycle !== 'submitting' || now < plan.submitAt) return;
  record.plan = null;
  touch(record, plan.submitAt);
  if (plan.submissionError) {
    Object.assign(record.scan, { lifecycle: 'submission_failed', finishedAt: iso(plan.submitAt), submissionError: plan.submissionError.message });
    logError(record, null, plan.submitAt, plan.submissionError);
    return;
  }
  record.scan.lifecycle = 'submitted';
  record.scan.jobCount = plan.jobs.length;
  record.jobs = plan.jobs.map(({ plan: jobPlan, ...job }) => ({
    job: { ...job, scanId: record.scan.id, status: 'queued', attempt: 1, startedAt: null, finishedAt: null, durationMs: null },
    plan: jobPlan,
  }));
}

function stepJob(record: ScanRecord, entry: JobRecord, now: number): void {
  const { job, plan } = entry;
  if (!plan) return;
  if (job.status === 'queued' && now >= plan.startAt) {
    Object.assign(job, { status: 'running', startedAt: iso(plan.startAt) });
    touch(record, plan.startAt);
  }
  if (job.status === 'running' && now >= plan.endAt) {
    Object.assign(job, { status: plan.outcome, finishedAt: iso(plan.endAt), durationMs: plan.endAt - plan.startAt });
    if (plan.error) logError(record, job.id, plan.endAt, plan.error);
    entry.plan = null;
    touch(record, plan.endAt);
  }
}

/** Advances `record` to `now`; returns true while it still has something planned. */
export function advanceScan(record: ScanRecord, now: number): boolean {
  submit(record, now);
  if (record.scan.lifecycle === 'submitting') return true;
  const jobs = record.jobs ?? [];
  for (const entry of jobs) stepJob(record, entry, now);
  const starts = jobs.map((j) => j.job.startedAt).filter((s): s is string => s !== null).sort();
  if (!record.scan.startedAt && starts[0]) record.scan.startedAt = starts[0];
  const pending = jobs.some((j) => j.plan !== null);
  if (!pending && record.scan.lifecycle === 'submitted' && !record.scan.finishedAt && jobs.length > 0) {
    const ends = jobs.map((j) => j.job.finishedAt ?? '').sort();
    record.scan.finishedAt = ends[ends.length - 1] || null;
  }
  return pending;
}
