import type { ScanStatus } from './types.ts';
import { own } from './own.ts';

/** The status page's labels (seed 000). Plain data so a dashboard profile can match against it. */
export const STATUS_LABELS: Readonly<Record<ScanStatus, string>> = {
  not_started: 'Scan Not Started',
  running: 'Running',
  submission_error: 'Submission Error',
  failed: 'Failed',
  partially_completed: 'Partially Completed',
  completed: 'Completed',
  stopped: 'Stopped',
};

/**
 * The product's label for a status: "Scan Not Started", "Running", "Submission Error", "Failed",
 * "Partially Completed", "Completed", "Stopped". Anything else (bad cache data) is shown as it is
 * rather than throwing, so a view never goes blank.
 */
export function statusLabel(status: ScanStatus): string {
  return own(STATUS_LABELS, status) ?? String(status);
}
