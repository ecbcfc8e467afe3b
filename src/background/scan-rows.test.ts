import { describe, expect, it } from 'vitest';
import type { CacheFacts } from '../cache/read-cache.ts';
import { initialSyncState } from '../cache/sync-state.ts';
import { scan } from '../cache/test/fixtures.ts';
import type { Scan } from '../core/index.ts';
import { scanRows } from './scan-rows.ts';
import { badgeFromFacts } from './badge-state.ts';
import { snapshotOf } from './notify-round.ts';

const NOW = Date.parse('2026-01-01T01:00:00.000Z');

function factsOf(scans: Scan[], attempts: Record<string, Array<{ id: string; status: string; attempt: number }>> = {}): CacheFacts {
  return {
    projects: [], scans, attemptsByScan: new Map(Object.entries(attempts)), jobsByScan: new Map(), errorsByScan: new Map(),
    integrations: [], marks: new Map(), prefs: new Map(), sync: { ...initialSyncState(), snapshot: [] }, garbage: false,
  };
}

describe('a scan whose jobs are not fetched yet', () => {
  it.each([
    ['created', null, 'not_started', undefined],
    ['submission_failed', '2026-01-01T00:05:00.000Z', 'submission_error', undefined],
    ['stopped', '2026-01-01T00:05:00.000Z', 'stopped', undefined],
    ['submitting', null, 'running', undefined],
    ['submitted', null, 'running', true],
    ['submitted', '2026-01-01T00:05:00.000Z', 'running', true],
  ] as const)('lifecycle %s (finished %s) shows %s, details pending: %s', (lifecycle, finishedAt, status, pending) => {
    const [row] = scanRows(factsOf([scan('s-1', { lifecycle, finishedAt })]), NOW);
    expect(row?.status).toBe(status);
    expect(row?.detailsPending).toBe(pending);
    if (pending) expect(row?.reason).toBe('jobs not loaded yet');
  });

  it('is never a submission error for lack of jobs, and shows its jobs once they arrive', () => {
    const s = scan('s-1', { lifecycle: 'submitted', finishedAt: '2026-01-01T00:05:00.000Z' });
    expect(scanRows(factsOf([s]), NOW)[0]?.status).not.toBe('submission_error');
    const [row] = scanRows(factsOf([s], { 's-1': [{ id: 'j-1', status: 'failed', attempt: 1 }] }), NOW);
    expect(row).toMatchObject({ status: 'failed' });
    expect(row?.detailsPending).toBeUndefined();
  });

  it('stays out of the badge count and the notifier snapshot until its details arrive', () => {
    const s = scan('s-1', { lifecycle: 'submitted', finishedAt: '2026-01-01T00:05:00.000Z' });
    expect(badgeFromFacts(factsOf([s]), 'ok', NOW).text).toBe('');
    expect(snapshotOf(factsOf([s]), NOW)).toEqual([]);
    const arrived = factsOf([s], { 's-1': [{ id: 'j-1', status: 'failed', attempt: 1 }] });
    expect(badgeFromFacts(arrived, 'ok', NOW).text).toBe('1');
    expect(snapshotOf(arrived, NOW).map((e) => e.status)).toEqual(['failed']);
  });
});
