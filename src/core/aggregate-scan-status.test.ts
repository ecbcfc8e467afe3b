import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { aggregateScanStatus, type AggregateOptions, type AggregateResult } from './aggregate-scan-status.ts';
import { SCAN_STATUSES } from './scan-statuses.ts';
import type { ScanStatus } from './types.ts';

type J = { id: string; status: string; attempt?: number };
const jobs = (...statuses: string[]): J[] => statuses.map((status, i) => ({ id: `j${i}`, status }));

// One row per line of the decision table (docs/status.md), in its order.
const table: Array<{ row: string; lifecycle: string; jobs: J[]; status: ScanStatus; failedSoFar?: number; reason?: RegExp | null; options?: AggregateOptions }> = [
  { row: '1 created, no jobs', lifecycle: 'created', jobs: [], status: 'not_started', reason: null },
  { row: '2 created but jobs exist', lifecycle: 'created', jobs: jobs('running'), status: 'running', reason: /"created", but 1 job/ },
  { row: '3 submission_failed', lifecycle: 'submission_failed', jobs: [], status: 'submission_error', reason: null },
  { row: '3 submission_failed wins over jobs', lifecycle: 'submission_failed', jobs: jobs('succeeded'), status: 'submission_error' },
  { row: '4 stopped', lifecycle: 'stopped', jobs: jobs('succeeded', 'stopped', 'failed'), status: 'stopped', failedSoFar: 1 },
  { row: '4 stopped wins over running jobs', lifecycle: 'stopped', jobs: jobs('running', 'queued'), status: 'stopped', reason: null },
  { row: '4 stopped, stopped jobs are not failures', lifecycle: 'stopped', jobs: jobs('stopped', 'stopped'), status: 'stopped', failedSoFar: 0 },
  { row: '5 submitting', lifecycle: 'submitting', jobs: [], status: 'running', reason: null },
  { row: '5 submitting with finished jobs', lifecycle: 'submitting', jobs: jobs('succeeded', 'succeeded'), status: 'running' },
  { row: '6 stop requested, jobs running', lifecycle: 'Stop Requested', jobs: jobs('running', 'succeeded'), status: 'running', reason: /transitional/ },
  { row: '6 canceling, jobs finished', lifecycle: 'canceling', jobs: jobs('succeeded', 'failed'), status: 'partially_completed', reason: /transitional/ },
  { row: '7 failures while others run', lifecycle: 'submitted', jobs: jobs('failed', 'running', 'succeeded'), status: 'running', failedSoFar: 1, reason: /1 job\(s\) failed so far; 1 still queued or running/ },
  { row: '7 queued (throttled) jobs', lifecycle: 'submitted', jobs: jobs('queued', 'succeeded'), status: 'running', failedSoFar: 0, reason: null },
  { row: '7 all queued', lifecycle: 'submitted', jobs: jobs('queued', 'queued'), status: 'running' },
  { row: '8 zero jobs after submission', lifecycle: 'submitted', jobs: [], status: 'submission_error', reason: /no jobs were created/ },
  { row: '9 all jobs skipped', lifecycle: 'submitted', jobs: jobs('skipped', 'skipped'), status: 'submission_error', reason: /all 2 job\(s\) were skipped/ },
  { row: '10 all succeeded', lifecycle: 'submitted', jobs: jobs('succeeded', 'succeeded'), status: 'completed', failedSoFar: 0, reason: null },
  { row: '10 skipped is neither', lifecycle: 'submitted', jobs: jobs('succeeded', 'skipped'), status: 'completed', failedSoFar: 0 },
  { row: '11 one of 36 failed (seed 000)', lifecycle: 'submitted', jobs: jobs(...Array<string>(35).fill('succeeded'), 'failed'), status: 'partially_completed', failedSoFar: 1 },
  { row: '11 timed_out is a failure', lifecycle: 'submitted', jobs: jobs('succeeded', 'timed_out'), status: 'partially_completed', failedSoFar: 1 },
  { row: '11 cancelled job inside a running scan is a failure', lifecycle: 'submitted', jobs: jobs('succeeded', 'cancelled'), status: 'partially_completed', failedSoFar: 1, reason: /stopped although the scan was not/ },
  { row: '12 all failed', lifecycle: 'submitted', jobs: jobs('failed', 'failed'), status: 'failed', failedSoFar: 2 },
  { row: '12 failed and skipped', lifecycle: 'submitted', jobs: jobs('failed', 'skipped'), status: 'failed', failedSoFar: 1 },
  { row: '12 all timed out', lifecycle: 'submitted', jobs: jobs('timed_out'), status: 'failed', failedSoFar: 1 },
  { row: '13 unknown lifecycle with jobs', lifecycle: 'warp_speed', jobs: jobs('succeeded'), status: 'completed', reason: /unknown lifecycle "warp_speed": assumed submitted/ },
  { row: '14 unknown lifecycle, no jobs', lifecycle: 'warp_speed', jobs: [], status: 'not_started', reason: /unknown lifecycle "warp_speed" and no jobs: assumed not started/ },
  { row: '15 running for 2 days: orphaned, still running', lifecycle: 'submitted', jobs: jobs('running'), status: 'running', options: { now: Date.parse('2026-01-03T00:00:00Z'), startedAt: '2026-01-01T00:00:00Z' }, reason: /running for 48 h, longer than the 24 h.*orphaned/ },
  { row: 'unknown job status counts as failure', lifecycle: 'submitted', jobs: jobs('succeeded', 'exploded'), status: 'partially_completed', failedSoFar: 1, reason: /unknown status "exploded": counted as failed/ },
  { row: 'transitional job counts as running', lifecycle: 'submitted', jobs: jobs('stopping', 'succeeded'), status: 'running', reason: /"stopping" is transitional/ },
  { row: 'synonyms (Celery / GitHub / Prowler)', lifecycle: 'submitted', jobs: jobs('SUCCESS', 'completed', 'Done'), status: 'completed', reason: null },
  { row: 'lifecycle synonym', lifecycle: 'cancelled', jobs: [], status: 'stopped', reason: /read as stopped/ },
  { row: 'empty lifecycle string', lifecycle: '', jobs: [], status: 'not_started', reason: /unknown lifecycle ""/ },
];

describe('aggregateScanStatus: decision table', () => {
  it.each(table)('$row → $status', ({ lifecycle, jobs: js, status, failedSoFar, reason, options }) => {
    const r = aggregateScanStatus({ lifecycle }, js, options);
    expect(r.status).toBe(status);
    if (failedSoFar !== undefined) expect(r.failedSoFar).toBe(failedSoFar);
    if (reason === null) expect(r.reason).toBeUndefined();
    else if (reason) expect(r.reason).toMatch(reason);
  });
});

describe('aggregateScanStatus: retried jobs (latest attempt counts)', () => {
  it('uses the highest attempt, not the last in the array', () => {
    const r = aggregateScanStatus({ lifecycle: 'submitted' }, [
      { id: 'a', status: 'succeeded', attempt: 2 },
      { id: 'a', status: 'failed', attempt: 1 },
      { id: 'b', status: 'succeeded', attempt: 1 },
    ]);
    expect(r.status).toBe('completed');
    expect(r.counts.total).toBe(2);
    expect(r.reason).toMatch(/1 earlier attempt\(s\) ignored/);
  });

  it('a retry still running keeps the scan running even though attempt 1 failed', () => {
    const r = aggregateScanStatus({ lifecycle: 'submitted' }, [
      { id: 'a', status: 'running', attempt: 2 },
      { id: 'a', status: 'failed', attempt: 1 },
    ]);
    expect(r).toMatchObject({ status: 'running', failedSoFar: 0 });
  });

  it('a missing attempt counts as attempt 1', () => {
    const r = aggregateScanStatus({ lifecycle: 'submitted' }, [
      { id: 'a', status: 'failed', attempt: 3 },
      { id: 'a', status: 'succeeded' },
    ]);
    expect(r.status).toBe('failed');
  });

  it('a duplicate of the same attempt keeps the one that claims less, whatever the order', () => {
    const dup = [{ id: 'a', status: 'succeeded', attempt: 1 }, { id: 'a', status: 'failed', attempt: 1 }];
    expect(aggregateScanStatus({ lifecycle: 'submitted' }, dup).status).toBe('failed');
    expect(aggregateScanStatus({ lifecycle: 'submitted' }, [...dup].reverse()).status).toBe('failed');
    expect(aggregateScanStatus({ lifecycle: 'submitted' }, dup).reason).toMatch(/duplicate/);
  });

  it('NaN attempts are read as 1', () => {
    const r = aggregateScanStatus({ lifecycle: 'submitted' }, [{ id: 'a', status: 'succeeded', attempt: Number.NaN }]);
    expect(r.status).toBe('completed');
  });
});

describe('aggregateScanStatus: counts', () => {
  it('counts every state of the latest attempts', () => {
    const r = aggregateScanStatus({ lifecycle: 'submitted' }, jobs('queued', 'running', 'succeeded', 'failed', 'timed_out', 'stopped', 'skipped', '???'));
    expect(r.counts).toEqual({ total: 8, queued: 1, running: 1, succeeded: 1, failed: 4, timedOut: 1, stopped: 1, skipped: 1, unknown: 1 });
    expect(r.failedSoFar).toBe(4);
  });
});

describe('aggregateScanStatus: orphaned runs (age)', () => {
  const now = Date.parse('2026-01-02T12:00:00Z');
  it('keeps running but says orphaned past the default 24 h', () => {
    const r = aggregateScanStatus({ lifecycle: 'submitted' }, jobs('running'), { now, startedAt: '2026-01-01T05:00:00Z' });
    expect(r).toMatchObject({ status: 'running', orphaned: true });
    expect(r.reason).toMatch(/running for 31 h, longer than the 24 h.*orphaned/);
  });
  it('honours orphanAfterMs', () => {
    const r = aggregateScanStatus({ lifecycle: 'submitting' }, [], { now, startedAt: '2026-01-02T11:00:00Z', orphanAfterMs: 30 * 60_000 });
    expect(r.orphaned).toBe(true);
    expect(r.reason).toMatch(/60 min, longer than the 30 min/);
  });
  it('is not orphaned within the limit, nor with a start in the future', () => {
    expect(aggregateScanStatus({ lifecycle: 'submitted' }, jobs('running'), { now, startedAt: '2026-01-02T11:00:00Z' }).orphaned).toBeUndefined();
    expect(aggregateScanStatus({ lifecycle: 'submitted' }, jobs('running'), { now, startedAt: '2027-01-01T00:00:00Z' }).orphaned).toBeUndefined();
  });
  it('skips the check on a bad start time and says so', () => {
    const r = aggregateScanStatus({ lifecycle: 'submitted' }, jobs('running'), { now, startedAt: 'yesterday-ish' });
    expect(r.status).toBe('running');
    expect(r.orphaned).toBeUndefined();
    expect(r.reason).toMatch(/start time "yesterday-ish" is unreadable/);
  });
  it('needs now and startedAt; finished scans are never orphaned', () => {
    expect(aggregateScanStatus({ lifecycle: 'submitted' }, jobs('running'), { startedAt: '2020-01-01T00:00:00Z' }).orphaned).toBeUndefined();
    expect(aggregateScanStatus({ lifecycle: 'submitted' }, jobs('running'), { now }).orphaned).toBeUndefined();
    expect(aggregateScanStatus({ lifecycle: 'submitted' }, jobs('failed'), { now, startedAt: '2020-01-01T00:00:00Z' }).orphaned).toBeUndefined();
  });
});

describe('aggregateScanStatus: properties', () => {
  const statusArb = fc.oneof(
    fc.constantFrom('queued', 'running', 'succeeded', 'failed', 'timed_out', 'stopped', 'skipped', 'stop_requested', 'SUCCESS'),
    fc.string(),
  );
  const jobArb = fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd', 'e'), status: statusArb, attempt: fc.option(fc.integer({ min: -2, max: 5 }), { nil: undefined }) });
  const lifecycleArb = fc.oneof(fc.constantFrom('created', 'submitting', 'submitted', 'submission_failed', 'stopped', 'canceling'), fc.string());

  it('never throws and always returns one of the seven statuses', () => {
    fc.assert(fc.property(lifecycleArb, fc.array(jobArb, { maxLength: 12 }), (lifecycle, js) => {
      const r = aggregateScanStatus({ lifecycle }, js);
      expect(SCAN_STATUSES).toContain(r.status);
      expect(r.failedSoFar).toBe(r.counts.failed);
    }));
  });

  it('does not depend on the order of the jobs', () => {
    fc.assert(fc.property(lifecycleArb, fc.array(jobArb, { maxLength: 12 }).chain((js) => fc.tuple(fc.constant(js), fc.shuffledSubarray(js, { minLength: js.length, maxLength: js.length }))), (lifecycle, [a, b]) => {
      const strip = (r: AggregateResult) => ({ status: r.status, counts: r.counts });
      expect(strip(aggregateScanStatus({ lifecycle }, b))).toEqual(strip(aggregateScanStatus({ lifecycle }, a)));
    }));
  });

  it('survives garbage input from the wire', () => {
    expect(aggregateScanStatus(null as unknown as { lifecycle: string }, null as unknown as J[]).status).toBe('not_started');
    expect(aggregateScanStatus({ lifecycle: 42 as unknown as string }, [{ id: 'x', status: null as unknown as string }]).status).toBe('failed');
  });
});

describe('docs/status.md', () => {
  it('every row of its decision table has a test above', () => {
    const doc = readFileSync(new URL('../../docs/status.md', import.meta.url), 'utf8');
    const section = doc.split('## The decision table')[1]?.split('\n## ')[0] ?? '';
    const documented = [...section.matchAll(/^\| (\d+) \|/gm)].map((m) => Number(m[1]));
    const tested = new Set(table.map((t) => Number.parseInt(t.row, 10)).filter((x) => !Number.isNaN(x)));
    expect(documented.length).toBe(15);
    for (const row of documented) expect(tested, `row ${row}`).toContain(row);
  });
});
