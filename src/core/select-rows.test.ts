import { describe, expect, it } from 'vitest';
import { countByStatus, needsAttention, scopeRows, selectRows } from './select-rows.ts';
import { makeRow } from '../popup/testing/fixtures.ts';

const NOW = Date.parse('2026-03-01T12:00:00Z');

describe('needsAttention', () => {
  it.each([
    ['submission_error', {}, true],
    ['failed', {}, true],
    ['partially_completed', {}, true],
    ['running', { failedSoFar: 2 }, true],
    ['running', { failedSoFar: 0 }, false],
    ['completed', {}, false],
    ['stopped', {}, false],
    ['not_started', {}, false],
    ['failed', { acknowledged: true }, false],
    ['failed', { muted: true }, false],
    ['failed', { snoozedUntil: '2026-03-01T13:00:00Z' }, false],
    ['failed', { snoozedUntil: '2026-03-01T11:00:00Z' }, true],
    ['failed', { snoozedUntil: 'not a date' }, true],
  ] as const)('%s %j → %s', (status, extra, expected) => {
    expect(needsAttention(makeRow({ status, ...extra }), NOW)).toBe(expected);
  });
});

describe('scopeRows and countByStatus', () => {
  const rows = [makeRow({ scanId: 'a', status: 'failed' }), makeRow({ scanId: 'b', status: 'failed', latest: false }), makeRow({ scanId: 'c' })];
  it('keeps the latest runs unless every run is asked for', () => {
    expect(scopeRows(rows, false).map((r) => r.scanId)).toEqual(['a', 'c']);
    expect(scopeRows(rows, true)).toHaveLength(3);
  });
  it('counts every status, zero included', () => {
    expect(countByStatus(rows)).toEqual({ submission_error: 0, failed: 2, partially_completed: 0, running: 0, stopped: 0, not_started: 0, completed: 1 });
  });
});

describe('selectRows', () => {
  it('orders by severity, then by start (or creation) time, newest first', () => {
    const rows = [
      makeRow({ scanId: 'done', status: 'completed' }),
      makeRow({ scanId: 'old-fail', status: 'failed', startedAt: '2026-02-01T00:00:00Z' }),
      makeRow({ scanId: 'new-fail', status: 'failed', startedAt: '2026-02-02T00:00:00Z' }),
      makeRow({ scanId: 'never', status: 'failed', startedAt: null, createdAt: '2026-02-03T00:00:00Z' }),
      makeRow({ scanId: 'submit', status: 'submission_error' }),
    ];
    expect(selectRows(rows, 'all', '', NOW).map((r) => r.scanId)).toEqual(['submit', 'never', 'new-fail', 'old-fail', 'done']);
  });

  it('searches project and scan names only, trimmed and case-insensitive', () => {
    const rows = [makeRow({ scanId: 'a', projectName: 'Payments', scanName: 'x' }), makeRow({ scanId: 'b', projectName: 'y', scanName: 'Nightly PAY' }), makeRow({ scanId: 'c', kind: 'pay' })];
    expect(selectRows(rows, 'all', '  pay ', NOW).map((r) => r.scanId).sort()).toEqual(['a', 'b']);
  });

  it('filters running scans', () => {
    const rows = [makeRow({ scanId: 'r', status: 'running' }), makeRow({ scanId: 'c' })];
    expect(selectRows(rows, 'running', '', NOW).map((r) => r.scanId)).toEqual(['r']);
  });
});
