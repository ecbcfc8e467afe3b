import { describe, expect, it } from 'vitest';
import { bySeverityDesc, severity } from './severity.ts';
import { SCAN_STATUSES } from './scan-statuses.ts';
import type { ScanStatus } from './types.ts';

describe('severity', () => {
  const worstFirst: ScanStatus[] = ['submission_error', 'failed', 'partially_completed', 'running', 'stopped', 'not_started', 'completed'];

  it.each(worstFirst.slice(0, -1).map((s, i) => [s, worstFirst[i + 1]!] as const))('%s is worse than %s', (worse, better) => {
    expect(severity(worse)).toBeGreaterThan(severity(better));
  });

  it('is a strict total order over the seven statuses', () => {
    expect(new Set(SCAN_STATUSES.map(severity)).size).toBe(7);
  });

  it('sorts worst first', () => {
    const sorted = [...SCAN_STATUSES].map((status) => ({ status })).sort(bySeverityDesc).map((s) => s.status);
    expect(sorted).toEqual(worstFirst);
  });

  it('ranks a non-status below everything instead of throwing', () => {
    expect(severity('bogus' as ScanStatus)).toBe(0);
  });
});
