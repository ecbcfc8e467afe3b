import { describe, expect, it } from 'vitest';
import { errorKindLabel, errorKindMessage, escalation, remediationFor, STATUS_LABELS, type Classification, type ErrorDetail, type HistoryEntry } from '../core/index.ts';
import { SCAN_STATUSES } from '../core/scan-statuses.ts';
import { t } from './testing/fake-i18n.ts';
import { statusText, translateRef } from './translate-ref.ts';

const KINDS = ['invalid_credentials', 'insufficient_permissions', 'temporary', 'configuration', 'unknown', 'submission_error'] as const;
const PROVIDERS = ['aws', 'azure', 'gcp', 'kubernetes', 'oracle', null];
const DETAILS: Array<ErrorDetail | undefined> = [
  undefined,
  { connector: 'app-3f2a', action: 'ec2:DescribeInstances', code: 'AADSTS7000215' },
  { api: 'compute.googleapis.com' },
  { region: 'ap-east-1' },
];
const CAPABILITIES = [
  { credentialsEditable: false, canStop: true, canRerun: true },
  { credentialsEditable: true, canStop: false, canRerun: false },
];

describe('core text as messages (English locale)', () => {
  it('every remediation step reads in English exactly as the core says it (its support-bundle text)', () => {
    let steps = 0;
    for (const kind of KINDS) for (const provider of PROVIDERS) for (const detail of DETAILS) for (const capabilities of CAPABILITIES) {
      for (const step of remediationFor({ kind, provider, capabilities, ...(detail ? { detail } : {}) })) {
        expect(translateRef(step.message, t), `${kind} ${provider} ${step.id}`).toBe(step.text);
        steps++;
      }
    }
    expect(steps).toBeGreaterThan(300);
  });

  it('every error kind label reads as errorKindLabel', () => {
    for (const kind of ['invalid_credentials', 'insufficient_permissions', 'temporary', 'configuration', 'unknown'] as const) {
      for (const detail of DETAILS) {
        const c: Classification = { kind, evidence: '', ...(detail ? { detail } : {}) };
        expect(translateRef(errorKindMessage(c), t)).toBe(errorKindLabel(c));
      }
    }
  });

  it('every escalation reason reads as its English text', () => {
    const run = (n: number, kinds: HistoryEntry['errorKinds'], integration: string, created: string): HistoryEntry => ({
      scanId: `s${n}`, status: 'failed', createdAt: `2026-01-0${n}T00:00:00Z`, integrationId: integration, integrationCreatedAt: created, errorKinds: kinds,
    });
    const history = [run(3, ['invalid_credentials', 'unknown'], 'i2', '2026-01-02T12:00:00Z'), run(2, ['invalid_credentials'], 'i1', '2026-01-01T00:00:00Z'), run(1, ['unknown'], 'i1', '2026-01-01T00:00:00Z')];
    const reasons = escalation(history).reasons;
    expect(reasons.map((r) => r.code).sort()).toEqual(['new_integration_still_failing', 'repeated_failures', 'unknown_errors']);
    for (const reason of reasons) expect(translateRef(reason.message, t)).toBe(reason.text);
  });

  it('every status reads as the dashboard labels it; an unknown one shows as it is', () => {
    for (const status of SCAN_STATUSES) expect(statusText(status, t)).toBe(STATUS_LABELS[status]);
    expect(statusText('bogus' as never, t)).toBe('bogus');
  });

  it('translates nested messages before substituting them', () => {
    expect(translateRef({ key: 'remedy_enableApi', substitutions: ['x.googleapis.com', { key: 'remedy_scope_project' }] }, t)).toBe('Enable x.googleapis.com in the project the connector points at.');
  });
});
