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
        labelMessage: { key: 'kind_invalid_credentials' },
        steps: [
          { id: 'find-connector', text: 'Identify the connector the failed scan used.', message: { key: 'remedy_identifyConnector' } },
          { id: 'open-integrations', text: 'Open Integrations → Connected Providers.', message: { key: 'remedy_openConnectedProviders' }, action: 'open-integrations' },
          { id: 'rerun', text: 'Re-run the scan.', message: { key: 'remedy_rerun' }, action: 'rerun-scan' },
          { id: 'logs', text: 'Open the error logs and review the details.', message: { key: 'remedy_openErrorLogs' }, action: 'open-error-logs' },
          { id: 'copy', text: 'Copy the support bundle: ids, times, statuses and error lines, with secrets removed.', message: { key: 'remedy_copySupportBundle' }, action: 'copy-support-bundle' },
          { id: 'support', text: 'Contact support and include the error log details.', message: { key: 'remedy_contactSupport' }, action: 'contact-support' },
        ],
      },
    ],
    escalation: { recommend: false, reasons: [] },
    supportBundle: 'scan: scan-1\nerror: InvalidClientTokenId (key [REDACTED])',
    integration: { id: 'int-1', provider: 'aws', name: 'Prod AWS', createdAt: '2026-01-01T00:00:00Z', lastAuthStatus: 'failed' },
    ...overrides,
  };
}
