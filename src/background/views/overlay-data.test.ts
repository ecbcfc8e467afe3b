import { describe, expect, it } from 'vitest';
import type { CacheFacts } from '../../cache/read-cache.ts';
import { initialSyncState } from '../../cache/sync-state.ts';
import { scan } from '../../cache/test/fixtures.ts';
import { SEED_CAPABILITIES, type Scan } from '../../core/index.ts';
import { overlayData } from './overlay-data.ts';

const NOW = Date.parse('2026-01-01T01:00:00.000Z');

function factsOf(scans: Scan[], attempts: Record<string, Array<{ id: string; status: string; attempt: number }>>): CacheFacts {
  return {
    projects: [], scans, attemptsByScan: new Map(Object.entries(attempts)), jobsByScan: new Map(), errorsByScan: new Map(),
    integrations: [], marks: new Map(), prefs: new Map(), sync: { ...initialSyncState(), snapshot: [] }, garbage: false,
  };
}

const jobs = [{ id: 'j-1', status: 'stopped', attempt: 1 }, { id: 'j-2', status: 'succeeded', attempt: 1 }, { id: 'j-3', status: 'failed', attempt: 1 }];

function overlayOf(lifecycle: string) {
  const facts = factsOf([scan('s-1', { lifecycle, finishedAt: '2026-01-01T00:05:00.000Z' })], { 's-1': jobs });
  return overlayData(facts, { enabled: true, dashboard: 'scansight', capabilities: SEED_CAPABILITIES, now: NOW }).scans[0];
}

describe('overlayData: which jobs are failed', () => {
  it('a cancelled scan (lifecycle "cancelled", read as stopped) marks only the jobs its status counts as failed', () => {
    const s = overlayOf('cancelled');
    expect(s?.status).toBe('stopped');
    expect(s?.jobs.map((j) => j.jobId)).toEqual(['j-3']);
  });

  it('a scan that was not stopped marks its stopped jobs failed too (their part was not scanned)', () => {
    const s = overlayOf('submitted');
    expect(s?.jobs.map((j) => j.jobId).sort()).toEqual(['j-1', 'j-3']);
  });
});
