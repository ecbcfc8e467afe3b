/**
 * The reference world as Prowler App shows it (JSON:API resources of OpenAPI v1.41.0): a project
 * is a provider (its connector's health is the provider's `connection`), a scan is a scan with one
 * Celery task, and the scan's many jobs fold into Prowler's single state + progress. This is the
 * inverse of src/sources/prowler's mapping, so the e2e suite sees the same statuses in both flavors.
 */
import { errorsOf, jobsOf, type ProjectRecord, type ScanRecord, type ServerState } from '../state.ts';

const ACTIVE = new Set(['queued', 'running']);
const FAILED = new Set(['failed', 'timed_out', 'stopped']);

/** The id of a scan's task (tasks are not stored: derived from the scan). */
export const taskIdOf = (scanId: string) => `task-${scanId}`;
/** The scan id of a task id, or null. */
export const scanIdOfTask = (taskId: string) => (taskId.startsWith('task-') ? taskId.slice(5) : null);

interface ProwlerState {
  state: 'available' | 'executing' | 'completed' | 'failed' | 'cancelled';
  hasTask: boolean;
  progress: number;
}

/** Folds a scan's lifecycle and jobs into Prowler's one state, progress and task presence. */
export function prowlerStateOf(record: ScanRecord): ProwlerState {
  const jobs = jobsOf(record).map((entry) => entry.job.status);
  const share = (test: (s: string) => boolean) => (jobs.length === 0 ? 0 : Math.floor((jobs.filter(test).length / jobs.length) * 100));
  switch (record.scan.lifecycle) {
    case 'created':
      return { state: 'available', hasTask: false, progress: 0 };
    case 'submitting':
      return { state: 'available', hasTask: true, progress: 0 };
    case 'submission_failed':
      return { state: 'failed', hasTask: false, progress: 0 };
    case 'stopped':
      return { state: 'cancelled', hasTask: jobs.length > 0, progress: share((s) => !ACTIVE.has(s)) };
  }
  // Submitted: no jobs means nothing reached a worker (ScanSight: submission error).
  if (jobs.length === 0) return { state: 'failed', hasTask: false, progress: 0 };
  if (jobs.some((s) => ACTIVE.has(s))) return { state: 'executing', hasTask: true, progress: share((s) => !ACTIVE.has(s)) };
  // Prowler records one outcome: any failed part fails the scan, at the progress the rest reached.
  if (jobs.some((s) => FAILED.has(s))) return { state: 'failed', hasTask: true, progress: share((s) => s === 'succeeded' || s === 'skipped') };
  return { state: 'completed', hasTask: true, progress: 100 };
}

function lastScanAt(state: ServerState, record: ProjectRecord): string | null {
  const latest = record.scanIds.map((id) => state.scans.get(id)).filter((r) => r !== undefined).at(-1);
  return latest ? latest.scan.startedAt ?? latest.scan.createdAt : null;
}

/** A `providers` resource for a project (and its connector). */
export function providerResource(state: ServerState, record: ProjectRecord) {
  const { project } = record;
  const integration = project.integrationId ? state.integrations.get(project.integrationId) : undefined;
  const status = integration?.lastAuthStatus;
  return {
    type: 'providers',
    id: project.id,
    attributes: {
      inserted_at: integration?.createdAt ?? new Date(0).toISOString(),
      updated_at: integration?.createdAt ?? new Date(0).toISOString(),
      provider: record.provider,
      uid: record.accounts[0] ?? project.id,
      alias: project.name.slice(0, 100),
      connection: {
        connected: status === 'ok' ? true : status === 'failed' ? false : null,
        last_checked_at: integration?.createdAt ?? null,
      },
      // Newer than v1.41.0, read by Prowler's UI (the Providers table's "Last scan" column).
      last_scan_at: lastScanAt(state, record),
    },
    relationships: {
      secret: { data: integration ? { type: 'provider-secrets', id: integration.id } : null },
      provider_groups: { data: [] },
    },
  };
}

/** A `scans` resource. */
export function scanResource(record: ScanRecord) {
  const { scan } = record;
  const folded = prowlerStateOf(record);
  const final = folded.state === 'completed' || folded.state === 'failed' || folded.state === 'cancelled';
  const completedAt = final ? scan.finishedAt ?? scan.updatedAt : null;
  const duration = completedAt && scan.startedAt ? Math.max(0, Math.round((Date.parse(completedAt) - Date.parse(scan.startedAt)) / 1000)) : null;
  return {
    type: 'scans',
    id: scan.id,
    attributes: {
      name: scan.name.slice(0, 100),
      trigger: 'manual',
      state: folded.state,
      unique_resource_count: 0,
      progress: folded.progress,
      duration,
      inserted_at: scan.createdAt,
      started_at: scan.startedAt,
      completed_at: completedAt,
      scheduled_at: null,
      next_scan_at: null,
    },
    relationships: {
      provider: { data: { type: 'providers', id: scan.projectId } },
      // Prowler writes a to-one relationship without a target as `{ data: null }` (its UI reads `.data`).
      task: { data: folded.hasTask ? { type: 'tasks' as const, id: taskIdOf(scan.id) } : null },
    },
  };
}

/** A `tasks` resource; a failed one carries Celery's exception shape built from the scan's error logs. */
export function taskResource(record: ScanRecord) {
  const { scan } = record;
  const folded = prowlerStateOf(record);
  const messages = [...new Set(errorsOf(record).map((log) => log.message))].slice(0, 3);
  const firstCode = errorsOf(record).find((log) => log.code)?.code ?? 'ScanError';
  const result =
    folded.state === 'failed'
      ? { exc_type: firstCode, exc_message: messages.length > 0 ? messages : ['the scan failed'], exc_module: 'prowler.lib.scan.scan' }
      : null;
  return {
    type: 'tasks',
    id: taskIdOf(scan.id),
    attributes: {
      inserted_at: scan.submittedAt ?? scan.createdAt,
      completed_at: folded.state === 'available' || folded.state === 'executing' ? null : scan.finishedAt ?? scan.updatedAt,
      name: 'scan-perform',
      state: folded.state,
      result,
      task_args: { scan_id: scan.id, provider_id: scan.projectId, tenant_id: 'reference-tenant' },
      metadata: null,
    },
  };
}
