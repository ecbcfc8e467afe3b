/**
 * Overlay data for the Prowler UI fixtures (src/content/fixtures/prowler/), shaped as the background
 * sends it for the `prowler-world` scenario those pages were captured from (NOTES.md lists its ids).
 */
import type { OverlayData, OverlayJob, OverlayScan } from '../../messages.ts';
import { errorKindLabel, errorKindMessage, msg, remediationFor, statusLabel, type Classification, type ErrorKind } from '../../core/index.ts';

const noEscalation = { recommend: false, reasons: [] };
/** Prowler App's capabilities (the adapter's PROWLER_CAPABILITIES): credentials editable in place, no stop. */
const PROWLER_CAPABILITIES = { credentialsEditable: true, canStop: false, canRerun: true };

/** A failed scan as the background's remediationOf builds it for Prowler App (null kind: a submission error). */
function failed(scanId: string, projectId: string, accountUid: string, kind: ErrorKind | null, detail?: Classification['detail']): OverlayScan {
  const classification: Classification | null = kind ? { kind, evidence: `evidence of ${scanId}`, ...(detail ? { detail } : {}) } : null;
  const job: OverlayJob = { jobId: `task-${scanId}`, scanId, status: 'failed', failed: true, classification, kindLabel: classification ? errorKindLabel(classification) : null };
  const remediation: OverlayScan['remediation'] = classification
    ? [{ kind: classification.kind, label: errorKindLabel(classification), labelMessage: errorKindMessage(classification), steps: remediationFor({ kind: classification.kind, capabilities: PROWLER_CAPABILITIES, provider: 'aws', ...(detail ? { detail } : {}) }) }]
    : [{ kind: 'submission_error', label: statusLabel('submission_error'), labelMessage: msg('status_submission_error'), steps: remediationFor({ kind: 'submission_error', capabilities: PROWLER_CAPABILITIES, provider: 'aws' }) }];
  return {
    scanId, projectId, integrationId: projectId, accountUid, status: kind ? 'failed' : 'submission_error', label: kind ? 'Failed' : 'Submission Error',
    jobs: kind ? [job] : [],
    remediation,
    supportBundle: `support details of ${scanId}`,
  };
}

function healthy(scanId: string, projectId: string, status: 'completed' | 'stopped' | 'running'): OverlayScan {
  const label = { completed: 'Completed', stopped: 'Stopped', running: 'Running' }[status];
  return { scanId, projectId, integrationId: projectId, accountUid: null, status, label, jobs: [], remediation: [], supportBundle: null };
}

/** The failed scans on the Completed tab, in page order. */
export const PROWLER_FAILED = [
  's-submission-error-1', 's-partial-36-1', 's-repeated-failures-3', 's-invalid-credentials-1', 's-permission-errors-1', 's-temporary-then-success-1', 's-repeated-failures-2',
];

/** The scenario's overlay data: failed scans with remediation, healthy ones without, two rejected providers. */
export function prowlerOverlayData(overrides: Partial<OverlayData> = {}): OverlayData {
  return {
    enabled: true,
    dashboard: 'prowler',
    projects: [
      {
        projectId: 'p-repeated-failures', latestScanId: 's-repeated-failures-3', status: 'failed', label: 'Failed', jobCount: 1, failed: 1, running: 0, succeeded: 0, failureStreak: 3,
        escalation: { recommend: true, reasons: [{ code: 'repeated_failures', text: 'The last 3 runs failed, re-runs included: retrying is not fixing it.', message: msg('escalation_repeated_failures', '3') }] },
      },
      { projectId: 'p-invalid-credentials', latestScanId: 's-invalid-credentials-1', status: 'failed', label: 'Failed', jobCount: 1, failed: 1, running: 0, succeeded: 0, failureStreak: 1, escalation: noEscalation },
    ],
    scans: [
      healthy('s-stopped-2', 'p-stopped', 'completed'),
      healthy('s-running-1', 'p-running', 'completed'),
      healthy('s-stopped-1', 'p-stopped', 'stopped'),
      healthy('s-submission-error-2', 'p-submission-error', 'running'),
      failed('s-submission-error-1', 'p-submission-error', '345678901234', null),
      failed('s-partial-36-1', 'p-partial-36', '123456789012', 'configuration'),
      failed('s-repeated-failures-3', 'p-repeated-failures', '678901234567', 'temporary'),
      failed('s-repeated-failures-2', 'p-repeated-failures', '678901234567', 'temporary'),
      failed('s-invalid-credentials-1', 'p-invalid-credentials', '210987654321', 'invalid_credentials'),
      failed('s-permission-errors-1', 'p-permission-errors', '789012345678', 'insufficient_permissions', { action: 'securityhub:GetFindings' }),
      failed('s-temporary-then-success-1', 'p-temporary-then-success', 'logistics-prod', 'temporary'),
    ],
    rejectedIntegrations: [
      { integrationId: 'p-invalid-credentials', name: 'Marketing — AWS sandbox (210987654321)', accountUid: '210987654321' },
      { integrationId: 'p-recreated-integration-still-failing', name: 'HR — Azure tenant', accountUid: '8f2d6c1a-4b3e-4f7a-9c2d-1e0b5a6f7c8d' },
    ],
    ...overrides,
  };
}
