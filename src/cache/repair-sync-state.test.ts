import { describe, expect, it } from 'vitest';
import { isSyncStateDamaged, repairSyncState } from './repair-sync-state.ts';
import { initialSyncState } from './sync-state.ts';

const garbage = { key: 'state', watermark: 5, pass: 'nope', pendingDetails: 'abc', etags: null, snapshot: 'x', consecutiveFailures: 'many', retryNotBefore: 'soon' };

describe('repairSyncState', () => {
  it('takes the initial value for every field of the wrong shape', () => {
    expect(repairSyncState(garbage)).toEqual(initialSyncState());
    expect(repairSyncState('x')).toEqual(initialSyncState());
    expect(repairSyncState(undefined)).toEqual(initialSyncState());
  });

  it('keeps valid fields as they are and drops bad entries of a list or map', () => {
    const good = {
      ...initialSyncState(), watermark: 'w', pass: { since: null, cursor: 'c', maxUpdatedAt: 'm' }, pendingDetails: ['s-1', 7],
      etags: { projects: 'e', bad: 3 }, consecutiveFailures: 2, retryNotBefore: 99, connection: 'unreachable', backfilled: true,
      snapshot: [{ scanId: 's', projectId: 'p', status: 'failed', createdAt: 't' }],
    };
    expect(repairSyncState(good)).toEqual({ ...good, pendingDetails: ['s-1'], etags: { projects: 'e' } });
  });

  it('a snapshot with one bad entry is dropped whole (a new baseline, never a notification storm)', () => {
    expect(repairSyncState({ ...initialSyncState(), snapshot: [{ scanId: 's' }] }).snapshot).toBeNull();
  });

  it('is damaged when the pending list or the ETags lost their shape, not when absent', () => {
    expect(isSyncStateDamaged(undefined)).toBe(false);
    expect(isSyncStateDamaged(initialSyncState())).toBe(false);
    expect(isSyncStateDamaged(garbage)).toBe(true);
    expect(isSyncStateDamaged({ ...initialSyncState(), etags: { a: 1 } })).toBe(true);
  });
});
