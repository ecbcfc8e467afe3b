/** Builders for popup test data: rows, state and scan detail with sensible defaults. */
import type { Job, ScanStatus } from '../../core/index.ts';
import type { ClassifiedError, PopupState, ScanDetail, ScanRow } from '../../messages.ts';

/** A finished, latest scan; override what the test is about. */
export function makeRow(overrides: Partial<ScanRow> = {}): ScanRow {
  const scanId = overrides.scanId ?? 'scan-1';
  return {
    scanId,
    projectId: `project-of-${scanId}`,
    projectName: `Project ${scanId}`,
    scanName: `Nightly ${scanId}`,
    kind: 'cspm',
    status: 'completed',
    reason: null,
    createdAt: '2026-03-01T10:00:00Z',
    startedAt: '2026-03-01T10:00:05Z',
    finishedAt: '2026-03-01T10:05:05Z',
    durationMs: 300_000,
    jobCount: 4,
    jobsDone: 4,
    failedSoFar: 0,
    latest: true,
    acknowledged: false,
    muted: false,
    snoozedUntil: null,
    dashboardUrl: null,
    ...overrides,
  };
}

/** One latest row per status, ids `s-<status>`. */
export function rowPerStatus(statuses: readonly ScanStatus[]): ScanRow[] {
  return statuses.map((status) => makeRow({ scanId: `s-${status}`, status, projectName: `P ${status}` }));
}

/** A configured, connected state. */
export function makeState(overrides: Partial<PopupState> = {}): PopupState {
  return {
    configured: true,
    connection: 'ok',
    lastSuccessAt: new Date(Date.now() - 2 * 60_000).toISOString(),
    lastError: null,
    retryAt: null,
    syncing: false,
    capabilities: { credentialsEditable: false, canStop: false, canRerun: true },
    rows: [],
    ...overrides,
  };
}

export function makeJob(overrides: Partial<Job> = {}): Job {
  return {
    id: 'job-1',
    scanId: 'scan-1',
    name: 'aws-eu-west-1',
    target: { account: '123456789012', region: 'eu-west-1', service: null },
    scanner: 'prowler',
    status: 'succeeded',
    attempt: 1,
    startedAt: '2026-03-01T10:00:10Z',
    finishedAt: '2026-03-01T10:02:10Z',
    durationMs: 120_000,
    ...overrides,
  };
}

export function makeError(overrides: Partial<ClassifiedError> = {}): ClassifiedError {
  return {
    id: 'err-1',
    scanId: 'scan-1',
    jobId: 'job-1',
    at: '2026-03-01T10:02:10Z',
    code: 'InvalidClientTokenId',
    message: 'The security token included in the request is invalid.',
    detail: 'botocore.exceptions.ClientError: An error occurred (InvalidClientTokenId)',
    classification: { kind: 'invalid_credentials', evidence: 'InvalidClientTokenId' },
    ...overrides,
  };
}

/** A failed scan's detail: invalid credentials with the seed's remediation steps. */
export function makeDetail(row: ScanRow, overrides: Partial<ScanDetail> = {}): ScanDetail {
  return {
    row,
    scan: {
      id: row.scanId, projectId: row.projectId, name: row.scanName, kind: row.kind, lifecycle: 'submitted',
      createdAt: row.createdAt, updatedAt: row.createdAt, submittedAt: row.createdAt, startedAt: row.startedAt,
      finishedAt: row.finishedAt, integrationId: 'int-1', jobCount: 2, dashboardUrl: null, submissionError: null,
    },
    jobs: [
      makeJob({ id: 'job-1', scanId: row.scanId, status: 'failed' }),
      makeJob({ id: 'job-2', scanId: row.scanId, name: 'aws-us-east-1', status: 'succeeded' }),
    ],
    errors: [makeError({ scanId: row.scanId })],
    remediation: [
      {
        kind: 'invalid_credentials',
        label: 'Invalid credentials',
        steps: [
          { id: 'find-connector', text: 'Identify the connector used by this scan.' },
          { id: 'open-integrations', text: 'Open Integrations → Connected Providers.', action: 'open-integrations' },
          { id: 'rerun', text: 'Create a new scan with the new connector.', action: 'rerun-scan' },
          { id: 'logs', text: 'Review the error logs.', action: 'open-error-logs' },
          { id: 'copy', text: 'Copy the support details.', action: 'copy-support-bundle' },
          { id: 'support', text: 'Contact support if it persists.', action: 'contact-support' },
        ],
      },
    ],
    escalation: { recommend: false, reasons: [] },
    supportBundle: 'scan: scan-1\nerror: InvalidClientTokenId (key [REDACTED])',
    integration: { id: 'int-1', provider: 'aws', name: 'Prod AWS', createdAt: '2026-01-01T00:00:00Z', lastAuthStatus: 'failed' },
    ...overrides,
  };
}
