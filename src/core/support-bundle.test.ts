import { describe, expect, it } from 'vitest';
import { BUNDLE_LIMITS, supportBundle, type SupportBundleInput } from './support-bundle.ts';
import type { ErrorLog, Job, Scan } from './types.ts';

const scan: Scan = {
  id: 's-123', projectId: 'p-aws-prod', name: 'Weekly CSPM', kind: 'cspm', lifecycle: 'submitted',
  createdAt: '2026-01-05T10:00:00Z', updatedAt: '2026-01-05T10:20:00Z', submittedAt: '2026-01-05T10:00:05Z',
  startedAt: '2026-01-05T10:00:10Z', finishedAt: '2026-01-05T10:20:00Z', integrationId: 'i-aws-1', jobCount: 3,
  dashboardUrl: null, submissionError: null,
};
const job = (id: string, status: string, extra: Partial<Job> = {}): Job => ({
  id, scanId: 's-123', name: `ec2 · ${id}`, target: { account: '123456789012', region: 'us-east-1', service: 'ec2' }, scanner: 'prowler',
  status, attempt: 1, startedAt: '2026-01-05T10:00:10Z', finishedAt: '2026-01-05T10:01:10Z', durationMs: null, ...extra,
});
const error = (id: string, message: string, extra: Partial<ErrorLog> = {}): ErrorLog => ({
  id, scanId: 's-123', jobId: 'j-2', at: '2026-01-05T10:01:10Z', code: null, message, detail: null, ...extra,
});
const base: SupportBundleInput = {
  project: { id: 'p-aws-prod', name: 'Prod AWS account', kind: 'cspm' },
  scan,
  status: 'partially_completed',
  jobs: [job('j-1', 'succeeded'), job('j-2', 'failed', { attempt: 2 }), job('j-3', 'timed_out', { startedAt: '2026-01-05T10:05:00Z', finishedAt: '2026-01-05T10:00:00Z' })],
  errors: [error('e-1', 'An error occurred (AccessDeniedException) when calling the GetFindings operation: User: arn:aws:sts::123456789012:assumed-role/Audit/s is not authorized to perform: securityhub:GetFindings', { code: 'AccessDeniedException' })],
  generatedAt: '2026-01-05T11:00:00Z',
};

describe('supportBundle', () => {
  it('carries ids, times, statuses, the jobs that did not succeed and the classified error lines', () => {
    expect(supportBundle(base)).toBe([
      'ScanSight support bundle (generated 2026-01-05T11:00:00Z)',
      '',
      'Project: Prod AWS account (id p-aws-prod, cspm)',
      'Scan: Weekly CSPM (id s-123, cspm)',
      'Status: Partially Completed [partially_completed], lifecycle "submitted"',
      'Integration: i-aws-1',
      'Times: created 2026-01-05T10:00:00Z; submitted 2026-01-05T10:00:05Z; started 2026-01-05T10:00:10Z; finished 2026-01-05T10:20:00Z',
      '',
      'Jobs: 3 (1 failed, 1 succeeded, 1 timed_out)',
      '  j-2 "ec2 · j-2", [ec2 · us-east-1 · 123456789012], status failed, attempt 2, started 2026-01-05T10:00:10Z, finished 2026-01-05T10:01:10Z, duration 1 min',
      '  j-3 "ec2 · j-3", [ec2 · us-east-1 · 123456789012], status timed_out, attempt 1, started 2026-01-05T10:05:00Z, finished 2026-01-05T10:00:00Z, duration —',
      '',
      'Error logs: 1',
      '- 2026-01-05T10:01:10Z error e-1 (job j-2) code AccessDeniedException → Missing permission: securityhub:GetFindings',
      '    An error occurred (AccessDeniedException) when calling the GetFindings operation: User: arn:aws:sts::123456789012:assumed-role/Audit/s is not authorized to perform: securityhub:GetFindings',
    ].join('\n'));
  });

  it('redacts secrets in messages, details, submission errors and names', () => {
    const pem = '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7\n' + 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo=\n'.repeat(20) + '-----END PRIVATE KEY-----';
    const text = supportBundle({
      ...base,
      scan: { ...scan, name: 'scan with AKIAIOSFODNN7EXAMPLE', submissionError: 'POST https://admin:hunter2@scanner.internal/jobs failed' },
      errors: [
        error('e-1', 'Authentication failed with aws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', { detail: `credentials file:\n${pem}\nAuthorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U` }),
        error('e-2', 'client_secret=Abc8Q~xYz1234567890abcdefghijklmnOPQRSTU rejected'),
      ],
    });
    for (const secret of ['AKIAIOSFODNN7EXAMPLE', 'hunter2', 'wJalrXUtnFEMI', 'MIIEvQIBADAN', 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo', 'eyJzdWIi', 'Abc8Q~']) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain('[REDACTED:private-key]');
    expect(text).toContain('Invalid credentials');
  });

  it('caps long lists and says so', () => {
    const many = Array.from({ length: BUNDLE_LIMITS.jobs + 5 }, (_, i) => job(`j-${i}`, 'failed'));
    const errs = Array.from({ length: BUNDLE_LIMITS.errors + 2 }, (_, i) => error(`e-${i}`, 'Rate exceeded'));
    const text = supportBundle({ ...base, jobs: many, errors: errs });
    expect(text).toContain('… 5 more jobs not shown');
    expect(text).toContain('… 2 more error logs not shown');
  });

  it('copes with missing pieces', () => {
    const text = supportBundle({
      ...base,
      project: null,
      scan: { ...scan, integrationId: null, submittedAt: null, startedAt: null, finishedAt: null, lifecycle: 'submission_failed', submissionError: 'scanner rejected the job' },
      status: 'submission_error',
      jobs: [job('j-9', 'queued', { target: undefined as unknown as Job['target'], durationMs: 1500 })],
      errors: [error('e-9', 'boom', { jobId: null, detail: 'line 1\nline 2' })],
    });
    expect(text).toContain('Project: id p-aws-prod');
    expect(text).toContain('Integration: none');
    expect(text).toContain('submitted —; started —; finished —');
    expect(text).toContain('Submission error: scanner rejected the job');
    expect(text).toContain('j-9 "ec2 · j-9", status queued, attempt 1');
    expect(text).toContain('duration 1 s');
    expect(text).toContain('- 2026-01-05T10:01:10Z error e-9 → Unknown error\n    boom\n    | line 1\n    | line 2');
    expect(supportBundle({ ...base, jobs: [], errors: [] })).toContain('Jobs: 0 (none)');
  });
});
