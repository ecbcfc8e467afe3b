/**
 * A Prowler scan as a ScanSight scan, and its Celery task as the scan's one job. Prowler reports
 * one state per scan (no per-check results in its API), so a scan has at most one job: its task.
 * The table below is documented in docs/sources.md; the core's aggregateScanStatus turns
 * lifecycle + job into the seven statuses.
 */
import type { Job, JobStatus, Scan, ScanLifecycle } from '../../core/index.ts';
import type { ProviderResource, ScanResource } from './schemas.ts';
import { providerName } from './map-provider.ts';

interface StateMapping {
  lifecycle: ScanLifecycle;
  /** The job's status; null when the scan has no job (never queued, or never reached a worker). */
  job: JobStatus | null;
}

/**
 * | state | task? | lifecycle | job | → status |
 * |---|---|---|---|---|
 * | available, scheduled | no | created | — | not_started |
 * | available, scheduled | yes | submitted | queued | running (waiting for a worker) |
 * | executing | any | submitted | running | running |
 * | completed | any | submitted | succeeded | completed |
 * | failed | yes | submitted | failed | failed |
 * | failed | no | submission_failed | — | submission_error |
 * | cancelled | any | stopped | stopped (if a task) | stopped |
 */
export function mapScanState(state: string, hasTask: boolean): StateMapping | null {
  switch (state) {
    case 'available':
    case 'scheduled':
      return hasTask ? { lifecycle: 'submitted', job: 'queued' } : { lifecycle: 'created', job: null };
    case 'executing':
      return { lifecycle: 'submitted', job: 'running' };
    case 'completed':
      return { lifecycle: 'submitted', job: 'succeeded' };
    case 'failed':
      return hasTask ? { lifecycle: 'submitted', job: 'failed' } : { lifecycle: 'submission_failed', job: null };
    case 'cancelled':
      return { lifecycle: 'stopped', job: hasTask ? 'stopped' : null };
    default:
      return null; // unknown: passed through as-is, the core explains it
  }
}

function taskId(scan: ScanResource): string | null {
  return scan.relationships.task?.data?.id ?? null;
}

/** The latest parseable of the scan's timestamps: Prowler's scans expose no `updated_at`. */
export function scanChangedAt(scan: ScanResource): string {
  const { inserted_at, started_at, completed_at } = scan.attributes;
  let latest = inserted_at;
  for (const candidate of [started_at, completed_at]) {
    if (candidate !== null && Date.parse(candidate) > Date.parse(latest)) latest = candidate;
  }
  return latest;
}

/** Maps one Prowler scan; `dashboardUrl` is the Prowler App UI root, or null. */
export function prowlerScanToScan(scan: ScanResource, dashboardUrl: string | null): Scan {
  const a = scan.attributes;
  const task = taskId(scan);
  const mapping = mapScanState(a.state, task !== null);
  const lifecycle = mapping?.lifecycle ?? a.state;
  const providerId = scan.relationships.provider.data.id;
  return {
    id: scan.id,
    projectId: providerId,
    name: a.name && a.name.trim() !== '' ? a.name : `${a.trigger === 'scheduled' ? 'Scheduled' : 'Manual'} scan`,
    kind: 'cspm',
    lifecycle,
    createdAt: a.inserted_at,
    updatedAt: scanChangedAt(scan),
    submittedAt: task === null ? null : a.inserted_at,
    startedAt: a.started_at,
    finishedAt: a.completed_at,
    integrationId: providerId,
    jobCount: prowlerScanToJobs(scan, null).length,
    dashboardUrl: dashboardUrl ? `${dashboardUrl}/scans` : null,
    submissionError: lifecycle === 'submission_failed' ? 'Prowler App marked the scan failed before a task was queued for it' : null,
  };
}

/** The scan's job (its task), or none; `provider` names the job when it was included. */
export function prowlerScanToJobs(scan: ScanResource, provider: ProviderResource | null): Job[] {
  const a = scan.attributes;
  const task = taskId(scan);
  const mapping = mapScanState(a.state, task !== null);
  // An unknown state counts as a job only when a task exists; the core explains the unknown string.
  const status = mapping ? mapping.job : task === null ? null : a.state;
  if (status === null) return [];
  return [
    {
      id: task ?? `${scan.id}/task`,
      scanId: scan.id,
      name: provider ? `Prowler ${provider.attributes.provider} scan of ${providerName(provider)}` : 'Prowler scan',
      target: { account: provider?.attributes.uid ?? null, region: null, service: null },
      scanner: 'prowler',
      status,
      attempt: 1,
      startedAt: a.started_at,
      finishedAt: a.completed_at,
      durationMs: a.duration === null ? null : a.duration * 1000,
    },
  ];
}
