/** Overlay data matching the saved fixtures, as the background would send it. */
import type { OverlayData, OverlayJob, OverlayScan } from '../../messages.ts';
import { errorKindLabel, type Classification } from '../../core/index.ts';

const noEscalation = { recommend: false, reasons: [] };

function job(jobId: string, scanId: string, status: string, classified: Omit<Classification, 'evidence'> | null = null): OverlayJob {
  const failed = status === 'failed' || status === 'timed_out';
  const classification = classified ? { ...classified, evidence: `evidence of ${jobId}` } : null;
  return { jobId, scanId, status, failed, classification, kindLabel: classification ? errorKindLabel(classification) : null };
}

const awsScan: OverlayScan = {
  scanId: 's-123', projectId: 'p-aws-prod', integrationId: 'i-aws-1', accountUid: '123456789012', status: 'partially_completed', label: 'Partially Completed',
  jobs: [
    job('j-1', 's-123', 'failed', { kind: 'insufficient_permissions', detail: { action: 'ec2:DescribeInstances' } }),
    job('j-2', 's-123', 'succeeded'),
    job('j-3', 's-123', 'timed_out'),
    job('j-4', 's-123', 'failed', { kind: 'temporary' }),
  ],
  remediation: [{
    kind: 'insufficient_permissions', label: 'Missing permission', labelMessage: { key: 'kind_insufficient_permissions' },
    steps: [
      { id: 'grant-role', text: "Grant the scanner's identity read access: the SecurityAudit and ViewOnlyAccess managed policies.", message: { key: 'remedy_grantReadAccess', substitutions: [{ key: 'remedy_roles_aws' }] } },
      { id: 'rerun', text: 'Re-run the scan.', message: { key: 'remedy_rerun' }, action: 'rerun-scan' },
    ],
  }],
  supportBundle: null,
};

const azureScan: OverlayScan = {
  scanId: 's-200', projectId: 'p-azure-dev', integrationId: 'i-azure-1', accountUid: null, status: 'failed', label: 'Failed',
  jobs: [job('j-20', 's-200', 'failed', { kind: 'invalid_credentials' })],
  remediation: [{
    kind: 'invalid_credentials', label: 'Invalid credentials', labelMessage: { key: 'kind_invalid_credentials' },
    steps: [
      { id: 'open-integrations', text: 'Open Integrations → Connected Providers.', message: { key: 'remedy_openConnectedProviders' }, action: 'open-integrations' },
      { id: 'delete-connector', text: 'Delete the connector; create a new integration.', message: { key: 'remedy_deleteConnector' } },
      { id: 'logs', text: 'Review the error logs.', message: { key: 'remedy_openErrorLogs' }, action: 'open-error-logs' },
      { id: 'support', text: 'Copy the support details.', message: { key: 'remedy_copySupportBundle' }, action: 'copy-support-bundle' },
    ],
  }],
  supportBundle: 'Scan s-200 (Failed)\nAADSTS7000215 [client secret redacted]',
};

/** Data for projects p-aws-prod (1 of 36 failed…), p-azure-dev (streak 3, escalate), p-gcp (ok). */
export function overlayData(overrides: Partial<OverlayData> = {}): OverlayData {
  return {
    enabled: true,
    dashboard: 'scansight',
    projects: [
      { projectId: 'p-aws-prod', latestScanId: 's-123', status: 'partially_completed', label: 'Partially Completed', jobCount: 36, failed: 3, running: 0, succeeded: 33, failureStreak: 1, escalation: noEscalation },
      {
        projectId: 'p-azure-dev', latestScanId: 's-200', status: 'failed', label: 'Failed', jobCount: 1, failed: 1, running: 0, succeeded: 0, failureStreak: 3,
        escalation: { recommend: true, reasons: [{ code: 'repeated_failures', text: 'The last 3 runs failed, re-runs included: retrying is not fixing it.', message: { key: 'escalation_repeated_failures', substitutions: ['3'] } }] },
      },
      { projectId: 'p-gcp', latestScanId: 's-300', status: 'completed', label: 'Completed', jobCount: 12, failed: 0, running: 0, succeeded: 12, failureStreak: 0, escalation: noEscalation },
    ],
    scans: [awsScan, azureScan, { scanId: 's-300', projectId: 'p-gcp', integrationId: null, accountUid: null, status: 'completed', label: 'Completed', jobs: [], remediation: [], supportBundle: null }],
    rejectedIntegrations: [{ integrationId: 'i-azure-1', name: 'Azure dev', accountUid: null }],
    ...overrides,
  };
}
