/**
 * What the seed scenario must look like to a user: the latest scan of each seed project, with the status
 * and label the product's status page uses (seed 000 / 003). Written out by hand, not derived with the
 * code under test.
 */
export const SEED_LATEST_SCANS: ReadonlyArray<{ scanId: string; status: string; label: string }> = [
  { scanId: 's-partial-36-1', status: 'partially_completed', label: 'Partially Completed' },
  { scanId: 's-invalid-credentials-1', status: 'failed', label: 'Failed' },
  { scanId: 's-submission-error-1', status: 'submission_error', label: 'Submission Error' },
  { scanId: 's-not-started-1', status: 'not_started', label: 'Scan Not Started' },
  { scanId: 's-stopped-1', status: 'stopped', label: 'Stopped' },
  { scanId: 's-running-1', status: 'running', label: 'Running' },
  { scanId: 's-temporary-then-success-1', status: 'failed', label: 'Failed' },
  { scanId: 's-repeated-failures-3', status: 'failed', label: 'Failed' },
  { scanId: 's-recreated-integration-still-failing-2', status: 'failed', label: 'Failed' },
  { scanId: 's-permission-errors-1', status: 'partially_completed', label: 'Partially Completed' },
];
