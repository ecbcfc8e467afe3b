/** A scan's overall status for display, derived by the core from its lifecycle and jobs. */
import { aggregateScanStatus, statusLabel, type Job, type Scan, type ScanStatus } from '../../src/core/index.ts';

/** What the status icon's tooltip says for each status (seed 000 / 003 wording). */
export const STATUS_HINTS: Readonly<Record<ScanStatus, string>> = {
  not_started: 'the scan has been created but no execution has been triggered',
  running: 'jobs are being submitted to security scanners',
  submission_error: 'the scan was not submitted to the scanner; no job executed',
  failed: 'all jobs failed',
  partially_completed: 'at least one job succeeded and at least one failed',
  completed: 'all jobs executed successfully',
  stopped: 'the scan was stopped manually by the user',
};

export interface DisplayStatus {
  status: ScanStatus;
  label: string;
  tooltip: string;
  /** Jobs finished / all, for the running progress bar. */
  progress: number;
}

/**
 * The status to show. `jobs` is undefined while they load: then the lifecycle alone decides where it
 * can, and a submitted scan (whose jobs decide) gives null, shown as loading.
 */
export function displayStatus(scan: Scan, jobs: readonly Job[] | undefined): DisplayStatus | null {
  if (jobs === undefined && scan.lifecycle === 'submitted') return null;
  const result = aggregateScanStatus(scan, jobs ?? []);
  const status = result.status;
  const label = statusLabel(status);
  const done = result.counts.total - result.counts.queued - result.counts.running;
  return {
    status,
    label,
    tooltip: `${label}: ${STATUS_HINTS[status]}`,
    progress: result.counts.total > 0 ? done / result.counts.total : 0,
  };
}
