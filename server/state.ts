/**
 * The reference server's in-memory world: the domain records the API serves (the core's own types,
 * one set for wire and state) plus what the simulation needs to move them along (plans), and the
 * simulated clock. A flavor (ScanSight, Prowler) mounts its own routes over one {@link World}.
 */
import type { ErrorLog, Integration, Job, Project, Scan } from '../src/core/index.ts';
import type { SimClock } from './sim-clock.ts';
import type { Fault } from './faults/fault.ts';

/** An error a job or a submission ends with; the log entry is written when it happens. */
export interface ErrorTemplate {
  code: string | null;
  message: string;
  detail: string | null;
}

/** What a job will do, on the simulated clock. */
export interface JobPlan {
  startAt: number;
  endAt: number;
  outcome: 'succeeded' | 'failed' | 'timed_out';
  error?: ErrorTemplate;
}

export interface JobRecord {
  job: Job;
  /** null once the job is done, or when a test forced its state. */
  plan: JobPlan | null;
}

/** What a submitted scan will do: when submission ends, how, and the jobs it then creates. */
export interface ScanPlan {
  submitAt: number;
  submissionError?: ErrorTemplate;
  jobs: Array<Omit<Job, 'scanId' | 'status' | 'attempt' | 'startedAt' | 'finishedAt' | 'durationMs'> & { plan: JobPlan }>;
}

export interface ScanRecord {
  scan: Scan;
  /** null until materialized (the large scenario builds jobs only when asked for). */
  jobs: JobRecord[] | null;
  errors: ErrorLog[] | null;
  /** Builds jobs and errors on first use; set by lazily generated scenarios. */
  materialize?: () => { jobs: Job[]; errors: ErrorLog[] };
  /** Pending submission; null once submitted or never run. */
  plan: ScanPlan | null;
}

/** How new runs of a project turn out (the scenario's behaviour on Run / Re-run). */
export type RunProfile =
  | 'healthy'
  | 'one-fails'
  | 'invalid-credentials'
  | 'submission-error'
  | 'temporary-error'
  | 'permission-errors'
  | 'mixed';

export interface ProjectRecord {
  project: Project;
  profile: RunProfile;
  /** The project's scans, oldest first. */
  scanIds: string[];
  /** How many scans were ever created (numbers the next scan id). */
  runs: number;
  /** Provider layout of its jobs. */
  provider: 'aws' | 'azure' | 'gcp';
  /** Cloud accounts (AWS account ids, Azure subscriptions, GCP project ids) its jobs cover. */
  accounts: string[];
}

/** A project that starts a new run on its own (the lively scenario). */
export interface AutoRun {
  projectId: string;
  everyMs: number;
  nextAt: number;
}

/** Everything the server holds. */
export interface ServerState {
  scenario: string;
  /** Origin the server listens on, for dashboardUrl fields ("http://127.0.0.1:8787"). */
  origin: string;
  projects: Map<string, ProjectRecord>;
  scans: Map<string, ScanRecord>;
  integrations: Map<string, Integration>;
  /** Scans the simulation still has to move (submitting, or with unfinished planned jobs). */
  active: Set<string>;
  autoRuns: AutoRun[];
  faults: Fault[];
}

/** One server's world: its state and clock, shared by every flavor's routes. */
export interface World {
  state: ServerState;
  clock: SimClock;
  /** Moves the simulation up to the clock's now; call before reading state. */
  sync(): void;
  /** Replaces the state with a named scenario (faults are cleared). */
  load(scenario: string): void;
  /** Reloads the current scenario and clears faults. */
  reset(): void;
}

/** An empty state for `scenario`. */
export function emptyState(scenario: string, origin: string): ServerState {
  return {
    scenario,
    origin,
    projects: new Map(),
    scans: new Map(),
    integrations: new Map(),
    active: new Set(),
    autoRuns: [],
    faults: [],
  };
}

/** A scan's jobs, built on first use for lazily generated scenarios. */
export function jobsOf(record: ScanRecord): JobRecord[] {
  if (record.jobs === null) materialize(record);
  return record.jobs ?? [];
}

/** A scan's error logs, built on first use for lazily generated scenarios. */
export function errorsOf(record: ScanRecord): ErrorLog[] {
  if (record.errors === null) materialize(record);
  return record.errors ?? [];
}

function materialize(record: ScanRecord): void {
  const built = record.materialize?.() ?? { jobs: [], errors: [] };
  record.jobs = built.jobs.map((job) => ({ job, plan: null }));
  record.errors = built.errors;
}
