import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { escalation, REPEATED_FAILURE_THRESHOLD, type HistoryEntry } from './escalation.ts';
import type { ErrorKind, ScanStatus } from './types.ts';

let n = 0;
const run = (day: number, status: ScanStatus, errorKinds: ErrorKind[] = [], extra: Partial<HistoryEntry> = {}): HistoryEntry => ({
  scanId: `s${++n}`,
  status,
  createdAt: `2026-01-${String(day).padStart(2, '0')}T10:00:00Z`,
  integrationId: 'i-1',
  errorKinds,
  ...extra,
});
const codes = (h: HistoryEntry[]) => escalation(h).reasons.map((r) => r.code);

describe('escalation', () => {
  it('states its threshold: three failed runs in a row (the first and two re-runs)', () => {
    expect(REPEATED_FAILURE_THRESHOLD).toBe(3);
  });

  it.each<{ name: string; history: HistoryEntry[]; reasons: string[] }>([
    { name: 'no history', history: [], reasons: [] },
    { name: 'one failure', history: [run(1, 'failed', ['temporary'])], reasons: [] },
    { name: 'two failures (one retry)', history: [run(1, 'failed', ['temporary']), run(2, 'failed', ['temporary'])], reasons: [] },
    { name: 'three failures in a row', history: [run(1, 'failed', ['temporary']), run(2, 'partially_completed', ['temporary']), run(3, 'failed', ['temporary'])], reasons: ['repeated_failures'] },
    { name: 'three failures, given newest first', history: [run(3, 'failed', ['temporary']), run(2, 'failed', ['temporary']), run(1, 'submission_error')], reasons: ['repeated_failures'] },
    { name: 'a success breaks the streak', history: [run(1, 'failed', ['temporary']), run(2, 'completed'), run(3, 'failed', ['temporary']), run(4, 'failed', ['temporary'])], reasons: [] },
    { name: 'running and stopped runs are skipped', history: [run(1, 'failed', ['temporary']), run(2, 'failed', ['temporary']), run(3, 'stopped'), run(4, 'failed', ['temporary']), run(5, 'running')], reasons: ['repeated_failures'] },
    { name: 'repeated permission errors are the user\'s fix, not support\'s', history: [run(1, 'failed', ['insufficient_permissions']), run(2, 'failed', ['insufficient_permissions', 'configuration']), run(3, 'failed', ['insufficient_permissions'])], reasons: [] },
    { name: 'repeated failures without classified logs still count', history: [run(1, 'failed'), run(2, 'failed'), run(3, 'failed')], reasons: ['repeated_failures'] },
    { name: 'new integration still failing auth (creation time known)', history: [run(1, 'failed', ['invalid_credentials'], { integrationId: 'i-old' }), run(3, 'failed', ['invalid_credentials'], { integrationId: 'i-new', integrationCreatedAt: '2026-01-02T09:00:00Z' })], reasons: ['new_integration_still_failing'] },
    { name: 'same old integration failing auth again is not that case', history: [run(1, 'failed', ['invalid_credentials'], { integrationCreatedAt: '2025-12-01T00:00:00Z' }), run(3, 'failed', ['invalid_credentials'], { integrationCreatedAt: '2025-12-01T00:00:00Z' })], reasons: [] },
    { name: 'new integration by id when creation time is unknown', history: [run(1, 'failed', ['invalid_credentials'], { integrationId: 'i-old' }), run(3, 'failed', ['invalid_credentials'], { integrationId: 'i-new' })], reasons: ['new_integration_still_failing'] },
    { name: 'unknown integration ids prove nothing', history: [run(1, 'failed', ['invalid_credentials'], { integrationId: null }), run(3, 'failed', ['invalid_credentials'], { integrationId: 'i-new' })], reasons: [] },
    { name: 'new integration that now works', history: [run(1, 'failed', ['invalid_credentials'], { integrationId: 'i-old' }), run(3, 'completed', [], { integrationId: 'i-new' })], reasons: [] },
    { name: 'unknown error in the latest run', history: [run(1, 'completed'), run(2, 'partially_completed', ['unknown'])], reasons: ['unknown_errors'] },
    { name: 'unknown error only in an older run', history: [run(1, 'failed', ['unknown']), run(2, 'completed')], reasons: [] },
    { name: 'all three at once', history: [run(1, 'failed', ['invalid_credentials'], { integrationId: 'i-old' }), run(2, 'failed', ['temporary']), run(3, 'failed', ['invalid_credentials', 'unknown'], { integrationId: 'i-new' })], reasons: ['repeated_failures', 'new_integration_still_failing', 'unknown_errors'] },
  ])('$name → $reasons', ({ history, reasons }) => {
    expect(codes(history)).toEqual(reasons);
    expect(escalation(history).recommend).toBe(reasons.length > 0);
  });

  it('explains each reason in words', () => {
    const e = escalation([run(1, 'failed'), run(2, 'failed'), run(3, 'failed', ['unknown'])]);
    expect(e.reasons.map((r) => r.text)).toEqual([
      'The last 3 runs failed, re-runs included: retrying is not fixing it.',
      'The latest run logged an unknown processing error.',
    ]);
  });

  it('does not depend on the order of the history and never throws', () => {
    const statusArb = fc.constantFrom<ScanStatus>('failed', 'completed', 'partially_completed', 'running', 'stopped', 'submission_error', 'not_started');
    const kindArb = fc.constantFrom<ErrorKind>('invalid_credentials', 'insufficient_permissions', 'temporary', 'configuration', 'unknown');
    const entryArb = fc.record({
      scanId: fc.string(), status: statusArb, createdAt: fc.integer({ min: 1, max: 28 }).map((d) => `2026-02-${String(d).padStart(2, '0')}T00:00:00Z`),
      integrationId: fc.option(fc.constantFrom('i-1', 'i-2')), integrationCreatedAt: fc.option(fc.constant('2026-02-10T00:00:00Z')), errorKinds: fc.array(kindArb, { maxLength: 3 }),
    });
    fc.assert(fc.property(fc.uniqueArray(entryArb, { maxLength: 8, selector: (e) => e.createdAt }), (h) => {
      expect(escalation([...h].reverse())).toEqual(escalation(h));
    }));
    expect(escalation(null as unknown as HistoryEntry[]).recommend).toBe(false);
    expect(escalation([{ ...run(1, 'failed'), errorKinds: null as unknown as ErrorKind[] }]).recommend).toBe(false);
  });
});
