/** The sync state of a cache that has never synced (its own file: the repair reads it too). */
import type { SyncState } from './schema.ts';

/** The state of a cache that has never synced. */
export function initialSyncState(): SyncState {
  return {
    key: 'state',
    watermark: null,
    pass: null,
    pendingDetails: [],
    etags: {},
    lastSuccessAt: null,
    lastAttemptAt: null,
    lastError: null,
    connection: 'ok',
    consecutiveFailures: 0,
    retryNotBefore: null,
    pollHintMs: null,
    snapshot: null,
    backfilled: false,
    collectionsCheckedAt: null,
    changes: 0,
  };
}
