import { normalizeJobStatus } from './normalize-status.ts';
import { own } from './own.ts';

/** A job as aggregation needs it. */
export interface JobAttempt {
  id: string;
  status: string;
  attempt?: number;
  name?: string;
}

// Among two copies of one attempt (a data glitch), keep the one that claims the least: still active
// beats failed beats succeeded. Conservative, and independent of array order.
const TIE_RANK: Record<string, number> = { running: 7, queued: 6, unknown: 5, timed_out: 4, failed: 3, stopped: 2, skipped: 1, succeeded: 0 };

function claimsLess(candidate: JobAttempt, kept: JobAttempt): boolean {
  const a = own(TIE_RANK, normalizeJobStatus(candidate.status).value) ?? 0;
  const b = own(TIE_RANK, normalizeJobStatus(kept.status).value) ?? 0;
  return a !== b ? a > b : String(candidate.status) < String(kept.status);
}

function attemptNumber(job: JobAttempt): number {
  return typeof job.attempt === 'number' && Number.isFinite(job.attempt) ? job.attempt : 1;
}

/**
 * Keeps only the latest attempt of each job id — by `attempt` (missing or non-numeric counts as 1),
 * never by array order, so a re-queued job (Prowler re-queues orphans; GitHub `run_attempt`) counts once.
 * Returns them in first-seen order of their ids, and how many older attempts and duplicates were dropped.
 */
export function latestAttempts<J extends JobAttempt>(jobs: ReadonlyArray<J>): { latest: J[]; superseded: number; duplicates: number } {
  const byId = new Map<string, J>();
  let superseded = 0;
  let duplicates = 0;
  for (const job of jobs) {
    // Not a job at all (a hole or garbage in the list): nothing to count, never a crash.
    if (typeof job !== 'object' || job === null) continue;
    const seen = byId.get(job.id);
    if (seen === undefined) {
      byId.set(job.id, job);
      continue;
    }
    const a = attemptNumber(seen);
    const b = attemptNumber(job);
    if (a === b) {
      duplicates++;
      if (claimsLess(job, seen)) byId.set(job.id, job);
    } else {
      superseded++;
      if (b > a) byId.set(job.id, job);
    }
  }
  return { latest: [...byId.values()], superseded, duplicates };
}
