/**
 * The benchmark tenant: 1,000 projects × 10 finished scans × 36 jobs. Scans are built eagerly
 * (10,000 small objects); jobs and error logs only when a client asks for them, from a hash of the
 * scan id, so loading stays cheap and every load yields the same data.
 */
import type { ErrorLog, Job } from '../../src/core/index.ts';
import type { ScanRecord, ServerState } from '../state.ts';
import { addIntegration, addProject } from './add-project.ts';
import { awsJobs } from './job-layouts.ts';
import { awsAccessDenied, awsInvalidToken, submissionRejected, temporaryProcessingError } from './error-messages.ts';
import { hashString, seededRandom } from '../simulation/seeded-random.ts';

export const LARGE_PROJECTS = 1_000;
export const LARGE_SCANS_PER_PROJECT = 10;
const INTEGRATIONS = 50;
const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();
const pad = (n: number, width: number) => String(n).padStart(width, '0');

type Shape = 'completed' | 'partial' | 'failed' | 'submission';

function shapeOf(roll: number): Shape {
  if (roll < 0.8) return 'completed';
  if (roll < 0.92) return 'partial';
  if (roll < 0.97) return 'failed';
  return 'submission';
}

function buildJobs(scanId: string, account: string, start: number, shape: Shape): { jobs: Job[]; errors: ErrorLog[] } {
  const rng = seededRandom(hashString(`${scanId}/jobs`));
  const base = scanId.replace(/^s-/, '');
  const failing = shape === 'partial' ? new Set([Math.floor(rng() * 36), Math.floor(rng() * 36)]) : new Set<number>();
  const errors: ErrorLog[] = [];
  const jobs = awsJobs(account).map((layout, i): Job => {
    const id = `j-${base}-${pad(i + 1, 2)}`;
    const fails = shape === 'failed' || failing.has(i);
    const startedAt = start + 500 + i * 250;
    const durationMs = fails && shape === 'failed' ? 1_500 : 25_000 + Math.floor(rng() * 95_000);
    if (fails) {
      const t = shape === 'failed' ? awsInvalidToken(layout.target.service ?? '', layout.target.region ?? '')
        : rng() < 0.5 ? awsAccessDenied(account, layout.target.service ?? '', `${layout.target.service}:List*`) : temporaryProcessingError(layout.name);
      errors.push({ id: `e-${base}-${pad(i + 1, 2)}`, scanId, jobId: id, at: iso(startedAt + durationMs), ...t });
    }
    return { id, scanId, ...layout, status: fails ? 'failed' : 'succeeded', attempt: 1, startedAt: iso(startedAt), finishedAt: iso(startedAt + durationMs), durationMs };
  });
  return { jobs, errors };
}

function largeScan(state: ServerState, projectId: string, name: string, n: number, account: string, at: number): ScanRecord {
  const id = `s-${projectId.replace(/^p-/, '')}-${n}`;
  const shape = shapeOf(seededRandom(hashString(id))());
  const integrationId = state.projects.get(projectId)?.project.integrationId ?? null;
  const submission = shape === 'submission' ? submissionRejected() : null;
  const finishedAt = at + (submission ? 3_000 : 125_000);
  return {
    scan: {
      id, projectId, name: `${name} #${n}`, kind: 'cspm',
      lifecycle: submission ? 'submission_failed' : 'submitted',
      createdAt: iso(at), updatedAt: iso(finishedAt), submittedAt: iso(at),
      startedAt: submission ? null : iso(at + 2_500), finishedAt: iso(finishedAt),
      integrationId, jobCount: submission ? 0 : 36,
      dashboardUrl: `${state.origin}/app/projects/${projectId}/history?scan=${id}`,
      submissionError: submission?.message ?? null,
    },
    jobs: null,
    errors: null,
    materialize: () => submission
      ? { jobs: [], errors: [{ id: `e-${id.replace(/^s-/, '')}-submit`, scanId: id, jobId: null, at: iso(finishedAt), ...submission }] }
      : buildJobs(id, account, at + 2_000, shape),
    plan: null,
  };
}

/**
 * 1,000 AWS projects sharing 50 connectors, each with 10 runs a day apart, all finished.
 * `runsPerProject` builds fewer (the benchmark's `large-latest` slice: 1,000 scans × 36 jobs).
 */
export function buildLarge(state: ServerState, now: number, runsPerProject = LARGE_SCANS_PER_PROJECT): void {
  for (let i = 1; i <= INTEGRATIONS; i++) {
    addIntegration(state, { id: `i-large-${pad(i, 2)}`, provider: 'aws', name: `aws-org-member-${pad(i, 2)}`, createdAt: now - 400 * 24 * HOUR, lastAuthStatus: 'ok' });
  }
  for (let p = 1; p <= LARGE_PROJECTS; p++) {
    const id = `p-large-${pad(p, 4)}`;
    const name = `Tenant ${pad(p, 4)} — AWS`;
    const account = String(100000000000 + p * 7919);
    const record = addProject(state, { id, name, provider: 'aws', accounts: [account], profile: 'mixed', integrationId: `i-large-${pad(((p - 1) % INTEGRATIONS) + 1, 2)}` });
    for (let n = 1; n <= runsPerProject; n++) {
      const scan = largeScan(state, id, name, n, account, now - (runsPerProject - n + 1) * 24 * HOUR - (p % 600) * 60_000);
      state.scans.set(scan.scan.id, scan);
      record.scanIds.push(scan.scan.id);
      record.runs = n;
    }
  }
}
