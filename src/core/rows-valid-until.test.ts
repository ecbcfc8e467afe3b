import { describe, expect, it } from 'vitest';
import { rowsValidUntil, ORPHAN_NOTE_MS } from './rows-valid-until.ts';
import { DEFAULT_ORPHAN_AFTER_MS } from './orphan.ts';
import type { ScanRow } from './scan-row.ts';

const NOW = Date.parse('2026-01-01T01:00:00.000Z');
const row = (over: Partial<ScanRow>): ScanRow => ({
  scanId: 's', projectId: 'p', projectName: 'P', scanName: 'S', kind: 'cspm', status: 'completed', reason: null, createdAt: '2026-01-01T00:00:00.000Z',
  startedAt: '2026-01-01T00:00:00.000Z', finishedAt: null, durationMs: null, jobCount: 1, jobsDone: 1, failedSoFar: 0, latest: true,
  acknowledged: false, muted: false, snoozedUntil: null, dashboardUrl: null, ...over,
});

describe('rowsValidUntil', () => {
  it('is null when nothing in the rows depends on the clock', () => {
    expect(rowsValidUntil([row({}), row({ snoozedUntil: '2025-01-01T00:00:00.000Z' })], NOW)).toBeNull();
  });
  it('is the moment a running scan turns orphan, or a minute away for one already orphaned', () => {
    expect(rowsValidUntil([row({ status: 'running' })], NOW)).toBe(Date.parse('2026-01-01T00:00:00.000Z') + DEFAULT_ORPHAN_AFTER_MS);
    expect(rowsValidUntil([row({ status: 'running', startedAt: '2025-12-25T00:00:00.000Z' })], NOW)).toBe(NOW + ORPHAN_NOTE_MS);
  });
  it('takes the earliest of several moments, a snooze ending among them', () => {
    const rows = [row({ status: 'running' }), row({ snoozedUntil: '2026-01-01T02:00:00.000Z' })];
    expect(rowsValidUntil(rows, NOW)).toBe(Date.parse('2026-01-01T02:00:00.000Z'));
  });
});
