/**
 * Structural checks of cached records: the shape the views and the sync rely on. A record that fails
 * (a bug of an older build, a disk glitch, a hand edit) is treated as absent and healed by a refetch.
 * Light on purpose: the source adapters' schemas validated the data on the way in.
 */
import type { Job } from '../core/index.ts';
import type { ScanJobs, StoreName } from './schema.ts';

type Check = (value: unknown) => boolean;
type Shape = Record<string, Check>;

const str: Check = (v) => typeof v === 'string';
const strOrNull: Check = (v) => v === null || typeof v === 'string';
const num: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const numOrNull: Check = (v) => v === null || num(v);
const bool: Check = (v) => typeof v === 'boolean';

function shaped(shape: Shape): Check {
  return (value) => typeof value === 'object' && value !== null && Object.entries(shape).every(([k, check]) => check((value as Record<string, unknown>)[k]));
}

const target = shaped({ account: strOrNull, region: strOrNull, service: strOrNull });
const job = shaped({
  id: str, scanId: str, name: str, target, scanner: str, status: str, attempt: num, startedAt: strOrNull, finishedAt: strOrNull, durationMs: numOrNull,
});
const jobFact: Check = (v) => Array.isArray(v) && str(v[0]) && str(v[1]) && num(v[2]);

/** The check of each store's records (not `views`: a derived record, never read as a fact; the popup checks what it paints). */
export const RECORD_CHECKS: Record<Exclude<StoreName, 'sync' | 'views'>, Check> = {
  projects: shaped({ id: str, name: str, kind: str, integrationId: strOrNull, dashboardUrl: strOrNull }),
  scans: shaped({
    id: str, projectId: str, name: str, kind: str, lifecycle: str, createdAt: str, updatedAt: str, submittedAt: strOrNull,
    startedAt: strOrNull, finishedAt: strOrNull, integrationId: strOrNull, jobCount: num, dashboardUrl: strOrNull, submissionError: strOrNull,
  }),
  // One record per scan (schema v4), each job of its own scan.
  jobs: (value) => shaped({ scanId: str, jobs: Array.isArray })(value) && (value as ScanJobs).jobs.every((j) => job(j) && (j as Job).scanId === (value as ScanJobs).scanId),
  errors: shaped({ id: str, scanId: str, jobId: strOrNull, at: str, code: strOrNull, message: str, detail: strOrNull }),
  integrations: shaped({ id: str, provider: str, name: str, createdAt: str, lastAuthStatus: str }),
  jobFacts: shaped({ scanId: str, jobs: (v) => Array.isArray(v) && v.every(jobFact) }),
  marks: shaped({ scanId: str, acknowledgedAt: str }),
  projectPrefs: shaped({ projectId: str, muted: bool, snoozedUntil: strOrNull }),
  ledger: shaped({ key: str, scanId: str, projectId: str, kind: str, at: str, outcome: str }),
};

/** Keeps the records of `store` that pass its check; `onGarbage` hears whether any did not. */
export function validRecords<T>(store: keyof typeof RECORD_CHECKS, records: T[], onGarbage: () => void): T[] {
  const check = RECORD_CHECKS[store];
  const kept = records.filter((r) => check(r));
  if (kept.length !== records.length) onGarbage();
  return kept;
}
