/**
 * The compact per-scan job facts: `[id, status, attempt]` of every job record of a scan, written in the
 * same transaction as the jobs. Views aggregate statuses from these without reading whole job records
 * (a large cache holds hundreds of thousands). A scan without a record has not had its jobs fetched yet.
 */
import type { Job } from '../core/index.ts';
import type { JobAttempt } from '../core/latest-attempts.ts';

/** One job record as aggregation needs it: id, raw status, attempt. */
export type JobFact = [id: string, status: string, attempt: number];

export interface ScanJobFacts {
  scanId: string;
  jobs: JobFact[];
}

/** The compact facts of `jobs` (all of one scan). */
export function jobFactsOf(scanId: string, jobs: ReadonlyArray<Job>): ScanJobFacts {
  return { scanId, jobs: jobs.map((j) => [j.id, j.status, j.attempt]) };
}

/** The attempts aggregation reads, from a stored record (tolerating garbage: it is skipped). */
export function attemptsOf(record: ScanJobFacts | undefined): JobAttempt[] {
  if (!record || !Array.isArray(record.jobs)) return [];
  const out: JobAttempt[] = [];
  for (const fact of record.jobs) {
    if (!Array.isArray(fact) || typeof fact[0] !== 'string' || typeof fact[1] !== 'string') continue;
    out.push({ id: fact[0], status: fact[1], attempt: typeof fact[2] === 'number' ? fact[2] : 1 });
  }
  return out;
}
