/**
 * The domain's facts, as the scan API (docs/scan-api.md) carries them and the cache stores them.
 * One set of types for the reference server, the source adapters, the cache and every view.
 * Status-like fields are typed `string` where they come off the wire: unknown values are tolerated
 * (and explained) by the functions that interpret them, never rejected.
 */

/** The seven overall statuses a person sees (seed 000 + seed 003). */
export type ScanStatus =
  | 'not_started'
  | 'running'
  | 'submission_error'
  | 'failed'
  | 'partially_completed'
  | 'completed'
  | 'stopped';

/** A job's state as a scanner reports it. */
export type JobStatus = 'queued' | 'running' | 'succeeded' | 'failed' | 'timed_out' | 'stopped' | 'skipped';

/** Where a scan is in its life before and around its jobs. */
export type ScanLifecycle = 'created' | 'submitting' | 'submitted' | 'submission_failed' | 'stopped';

/** Why a job failed, as far as its error log tells. */
export type ErrorKind = 'invalid_credentials' | 'insufficient_permissions' | 'temporary' | 'configuration' | 'unknown';

/** Cloud providers a connector (integration) can point at. Wire values beyond these are tolerated. */
export type Provider = 'aws' | 'azure' | 'gcp' | 'kubernetes' | (string & {});

/** A project: the thing a user scans repeatedly (one cloud account, one repository, one web app). */
export interface Project {
  id: string;
  name: string;
  /** cspm, code, dast, … */
  kind: string;
  integrationId: string | null;
  dashboardUrl: string | null;
}

/** One run of a project's scan. Times are ISO-8601 strings or null. */
export interface Scan {
  id: string;
  projectId: string;
  name: string;
  kind: string;
  /** A {@link ScanLifecycle}; other strings are tolerated. */
  lifecycle: string;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
  startedAt: string | null;
  finishedAt: string | null;
  integrationId: string | null;
  /** Jobs the scan created (0 before submission). */
  jobCount: number;
  dashboardUrl: string | null;
  /** Why submission failed, when lifecycle is submission_failed. */
  submissionError: string | null;
}

/** What a job looks at. */
export interface JobTarget {
  account: string | null;
  region: string | null;
  service: string | null;
}

/** One job of a scan: an independent security check, possibly retried (attempt 1, 2, …). */
export interface Job {
  id: string;
  scanId: string;
  name: string;
  target: JobTarget;
  scanner: string;
  /** A {@link JobStatus}; other strings are tolerated. */
  status: string;
  attempt: number;
  startedAt: string | null;
  finishedAt: string | null;
  durationMs: number | null;
}

/** One error log entry of a scan, usually of one job. */
export interface ErrorLog {
  id: string;
  scanId: string;
  jobId: string | null;
  at: string;
  code: string | null;
  message: string;
  detail: string | null;
}

/** Result of the platform's last credential check of a connector. */
export type AuthStatus = 'ok' | 'failed' | 'unknown';

/** A connected provider (cloud integration / connector). */
export interface Integration {
  id: string;
  provider: Provider;
  name: string;
  createdAt: string;
  lastAuthStatus: AuthStatus | (string & {});
  /**
   * The cloud account, subscription or project id the platform's own UI shows for this integration
   * (Prowler: the provider's `uid`), so a dashboard row showing it can be matched; absent when unknown.
   */
  accountUid?: string | null;
}

/**
 * What a scan source can do; remediation and the UIs follow it.
 * The seed product cannot edit saved credentials (delete and re-create); Prowler App can.
 */
export interface SourceCapabilities {
  credentialsEditable: boolean;
  canStop: boolean;
  canRerun: boolean;
}
