import { describe, expect, it } from 'vitest';
import { statusLabel } from './status-label.ts';
import { isScanStatus, SCAN_STATUSES } from './scan-statuses.ts';
import type { ScanStatus } from './types.ts';

describe('statusLabel', () => {
  it.each([
    ['not_started', 'Scan Not Started'],
    ['running', 'Running'],
    ['submission_error', 'Submission Error'],
    ['failed', 'Failed'],
    ['partially_completed', 'Partially Completed'],
    ['completed', 'Completed'],
    ['stopped', 'Stopped'],
  ] as const)('%s → %s', (status, label) => {
    expect(statusLabel(status)).toBe(label);
  });

  it('labels every status', () => {
    for (const s of SCAN_STATUSES) expect(statusLabel(s)).not.toBe(s);
  });

  it('shows a non-status as it is', () => {
    expect(statusLabel('weird' as ScanStatus)).toBe('weird');
  });
});

describe('isScanStatus', () => {
  it.each([['failed', true], ['Failed', false], ['', false], [3, false], [null, false]] as const)('%s → %s', (v, ok) => {
    expect(isScanStatus(v)).toBe(ok);
  });
});
