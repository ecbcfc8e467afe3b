import { describe, expect, it } from 'vitest';
import { isFailedJobStatus, jobFailed } from './job-failed.ts';
import { aggregateScanStatus } from './aggregate-scan-status.ts';

describe('jobFailed', () => {
  it('counts failed, timed-out and unknown jobs as failures whatever the scan did', () => {
    for (const lifecycle of ['submitted', 'stopped', 'cancelled']) {
      expect(jobFailed('failed', lifecycle)).toBe(true);
      expect(jobFailed('timed_out', lifecycle)).toBe(true);
      expect(jobFailed('exploded', lifecycle)).toBe(true);
      expect(jobFailed('succeeded', lifecycle)).toBe(false);
      expect(jobFailed('skipped', lifecycle)).toBe(false);
    }
  });

  it('counts a stopped job as a failure only inside a scan that was not stopped', () => {
    expect(jobFailed('stopped', 'submitted')).toBe(true);
    expect(jobFailed('stopped', 'stopped')).toBe(false);
  });

  it('reads a cancelled scan as stopped: its stopped jobs are not failures (the raw string is not "stopped")', () => {
    expect(jobFailed('stopped', 'cancelled')).toBe(false);
    expect(jobFailed('cancelled', 'Canceled')).toBe(false);
    expect(jobFailed('stopped', 'revoked')).toBe(false);
  });

  it('agrees with the scan status count for a cancelled scan', () => {
    const jobs = [
      { id: 'j1', scanId: 's', status: 'stopped', attempt: 1 },
      { id: 'j2', scanId: 's', status: 'succeeded', attempt: 1 },
    ];
    const result = aggregateScanStatus({ lifecycle: 'cancelled' }, jobs as never);
    expect(result.counts.failed).toBe(jobs.filter((j) => jobFailed(j.status, 'cancelled')).length);
  });

  it('keeps the normalised rule total', () => {
    expect(isFailedJobStatus('running', false)).toBe(false);
    expect(isFailedJobStatus('queued', false)).toBe(false);
  });
});
