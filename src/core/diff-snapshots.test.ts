import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { diffSnapshots, isBadStatus, type Snapshot, type SnapshotScan } from './diff-snapshots.ts';
import type { ScanStatus } from './types.ts';

const s = (scanId: string, status: ScanStatus, createdAt = '2026-01-01T10:00:00Z', projectId = 'p1'): SnapshotScan => ({ scanId, projectId, status, createdAt });
const T1 = '2026-01-01T10:00:00Z';
const T2 = '2026-01-02T10:00:00Z';
const T3 = '2026-01-03T10:00:00Z';

describe('diffSnapshots', () => {
  it('first sync (previous null) is the baseline: nothing', () => {
    expect(diffSnapshots(null, [s('a', 'failed')])).toEqual([]);
  });

  it.each<{ name: string; prev: Snapshot; next: Snapshot; kinds: string[] }>([
    { name: 'no change', prev: [s('a', 'failed')], next: [s('a', 'failed')], kinds: [] },
    { name: 'not_started → running: started', prev: [s('a', 'not_started')], next: [s('a', 'running')], kinds: ['a:started'] },
    { name: 'new running scan: started', prev: [], next: [s('a', 'running')], kinds: ['a:started'] },
    { name: 'running → failed, no earlier run: broken', prev: [s('a', 'running')], next: [s('a', 'failed')], kinds: ['a:broken'] },
    { name: 'running → partial: broken', prev: [s('a', 'running')], next: [s('a', 'partially_completed')], kinds: ['a:broken'] },
    { name: 'submission error: broken', prev: [s('a', 'not_started')], next: [s('a', 'submission_error')], kinds: ['a:broken'] },
    { name: 'after a completed run: broken', prev: [s('a', 'completed', T1), s('b', 'running', T2)], next: [s('a', 'completed', T1), s('b', 'failed', T2)], kinds: ['b:broken'] },
    { name: 'newer run fails after a failed one: still_failing', prev: [s('a', 'failed', T1), s('b', 'running', T2)], next: [s('a', 'failed', T1), s('b', 'failed', T2)], kinds: ['b:still_failing'] },
    { name: 'the earlier failed run only in previous still counts', prev: [s('a', 'failed', T1)], next: [s('b', 'failed', T2)], kinds: ['b:still_failing'] },
    { name: 'newer run completes after a failed one: fixed', prev: [s('a', 'partially_completed', T1), s('b', 'running', T2)], next: [s('a', 'partially_completed', T1), s('b', 'completed', T2)], kinds: ['b:fixed'] },
    { name: 'same scan failed → completed (re-run in place): fixed', prev: [s('a', 'failed')], next: [s('a', 'completed')], kinds: ['a:fixed'] },
    { name: 'completed after a completed run: completed', prev: [s('a', 'completed', T1), s('b', 'running', T2)], next: [s('b', 'completed', T2)], kinds: ['b:completed'] },
    { name: 'bad → bad on the same scan: already told', prev: [s('a', 'partially_completed')], next: [s('a', 'failed')], kinds: [] },
    { name: 'stopped and not_started: nothing', prev: [s('a', 'running'), s('b', 'running', T1, 'p2')], next: [s('a', 'stopped'), s('b', 'not_started', T1, 'p2')], kinds: [] },
    { name: 'stopped runs are not the previous outcome', prev: [s('a', 'failed', T1), s('b', 'stopped', T2), s('c', 'running', T3)], next: [s('c', 'failed', T3)], kinds: ['c:still_failing'] },
    { name: 'other projects do not count', prev: [s('a', 'failed', T1, 'p2'), s('b', 'running', T2)], next: [s('b', 'failed', T2)], kinds: ['b:broken'] },
    { name: 'a newer run does not count as previous', prev: [s('b', 'running', T1), s('c', 'failed', T3)], next: [s('b', 'failed', T1), s('c', 'failed', T3)], kinds: ['b:broken'] },
    { name: 'history arriving late is not news', prev: [s('b', 'completed', T3)], next: [s('b', 'completed', T3), s('a', 'failed', T1)], kinds: [] },
    { name: 'duplicates in next are told once', prev: [s('a', 'running')], next: [s('a', 'failed'), s('a', 'failed')], kinds: ['a:broken'] },
    { name: 'unparseable times compare as strings', prev: [s('a', 'failed', 'x1'), s('b', 'running', 'x2')], next: [s('b', 'completed', 'x2')], kinds: ['b:fixed'] },
  ])('$name', ({ prev, next, kinds }) => {
    expect(diffSnapshots(prev, next).map((t) => t.key)).toEqual(kinds);
  });

  it('carries the statuses', () => {
    expect(diffSnapshots([s('a', 'running')], [s('a', 'failed')])).toEqual([
      { key: 'a:broken', kind: 'broken', scanId: 'a', projectId: 'p1', status: 'failed', previousStatus: 'running' },
    ]);
    expect(diffSnapshots([], [s('a', 'running')])[0]?.previousStatus).toBeNull();
  });

  it('a snapshot compared with itself yields nothing, and keys are unique', () => {
    const statusArb = fc.constantFrom<ScanStatus>('not_started', 'running', 'submission_error', 'failed', 'partially_completed', 'completed', 'stopped');
    const scanArb = fc.record({
      scanId: fc.constantFrom('a', 'b', 'c', 'd'),
      projectId: fc.constantFrom('p1', 'p2'),
      status: statusArb,
      createdAt: fc.constantFrom(T1, T2, T3),
    });
    fc.assert(fc.property(fc.array(scanArb, { maxLength: 8 }), fc.array(scanArb, { maxLength: 8 }), (prev, next) => {
      const uniqueNext = [...new Map(next.map((x) => [x.scanId, x])).values()];
      expect(diffSnapshots(uniqueNext, uniqueNext)).toEqual([]);
      const keys = diffSnapshots(prev, next).map((t) => t.key);
      expect(new Set(keys).size).toBe(keys.length);
    }));
  });
});

describe('isBadStatus', () => {
  it.each<[ScanStatus, boolean]>([
    ['failed', true], ['partially_completed', true], ['submission_error', true],
    ['completed', false], ['running', false], ['stopped', false], ['not_started', false],
  ])('%s → %s', (status, bad) => {
    expect(isBadStatus(status)).toBe(bad);
  });
});
