/**
 * Creating scans: a scan that is only created (Scan Not Started), and a run (Run / Re-run) whose
 * submission and jobs are planned on the simulated clock from the project's run profile.
 */
import type { ProjectRecord, RunProfile, ScanRecord, ServerState } from '../state.ts';
import { awsJobs, azureJobs, gcpJobs, type JobLayout } from '../scenarios/job-layouts.ts';
import { integrationMissing, submissionRejected } from '../scenarios/error-messages.ts';
import { jobOutcome } from './run-outcomes.ts';
import { hashString, seededRandom } from './seeded-random.ts';

/** The jobs one run of this project launches. */
export function jobLayoutsFor(project: ProjectRecord): JobLayout[] {
  if (project.provider === 'azure') return azureJobs(project.accounts);
  if (project.provider === 'gcp') return gcpJobs(project.accounts);
  return awsJobs(project.accounts[0] ?? '000000000000');
}

const iso = (ms: number) => new Date(ms).toISOString();
const pad = (n: number) => String(n).padStart(2, '0');

function suffixOf(projectId: string): string {
  return projectId.replace(/^p-/, '');
}

function projectOrThrow(state: ServerState, projectId: string): ProjectRecord {
  const project = state.projects.get(projectId);
  if (!project) throw new Error(`unknown project ${projectId}`);
  return project;
}

/** Adds a scan that was created but never run (lifecycle `created`). */
export function createScan(state: ServerState, projectId: string, at: number): ScanRecord {
  const project = projectOrThrow(state, projectId);
  const n = ++project.runs;
  const id = `s-${suffixOf(projectId)}-${n}`;
  const record: ScanRecord = {
    scan: {
      id,
      projectId,
      name: `${project.project.name} #${n}`,
      kind: project.project.kind,
      lifecycle: 'created',
      createdAt: iso(at),
      updatedAt: iso(at),
      submittedAt: null,
      startedAt: null,
      finishedAt: null,
      integrationId: project.project.integrationId,
      jobCount: 0,
      dashboardUrl: `${state.origin}/app/projects/${projectId}/history?scan=${id}`,
      submissionError: null,
    },
    jobs: [],
    errors: [],
    plan: null,
  };
  state.scans.set(id, record);
  project.scanIds.push(id);
  return record;
}

export interface RunOptions {
  /** Simulated time the run is requested. */
  at: number;
  /** Overrides the project's profile for this run (scenario history). */
  profile?: RunProfile;
  /** Run with this connector (and make it the project's connector). */
  integrationId?: string | null;
  /** Multiplies every job's duration (the running scenario uses long jobs). */
  durationScale?: number;
}

/**
 * Runs a project: reuses its latest scan when that was never run, else creates a new one. The scan
 * is `submitting` until its planned submit time; {@link advanceScan} moves it along from there.
 */
export function startRun(state: ServerState, projectId: string, options: RunOptions): ScanRecord {
  const project = projectOrThrow(state, projectId);
  if (options.integrationId !== undefined) project.project.integrationId = options.integrationId;
  const latestId = project.scanIds[project.scanIds.length - 1];
  const latest = latestId ? state.scans.get(latestId) : undefined;
  const record = latest && latest.scan.lifecycle === 'created' ? latest : createScan(state, projectId, options.at);
  const scan = record.scan;
  const integrationId = project.project.integrationId;
  const integration = integrationId ? state.integrations.get(integrationId) : undefined;
  const profile = options.profile ?? project.profile;
  const rng = seededRandom(hashString(scan.id));
  const scale = options.durationScale ?? 1;
  const submitAt = options.at + 2_000 + Math.floor(rng() * 2_000);

  Object.assign(scan, { lifecycle: 'submitting', submittedAt: iso(options.at), updatedAt: iso(options.at), integrationId });
  const submissionError = !integration ? integrationMissing(integrationId) : profile === 'submission-error' ? submissionRejected() : undefined;
  const base = `${suffixOf(projectId)}-${scan.id.split('-').pop()}`;
  const jobs = submissionError
    ? []
    : jobLayoutsFor(project).map((layout, i) => {
        const result = jobOutcome(profile, layout, { integration, rng, provider: project.provider });
        const startAt = submitAt + 500 + i * 250;
        const plan = { startAt, endAt: startAt + Math.round(result.durationMs * scale), outcome: result.outcome, ...(result.error ? { error: result.error } : {}) };
        return { id: `j-${base}-${pad(i + 1)}`, ...layout, plan };
      });
  record.plan = { submitAt, jobs, ...(submissionError ? { submissionError } : {}) };
  state.active.add(scan.id);
  return record;
}
