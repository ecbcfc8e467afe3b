/** Records a failed sync in the sync state: a typed code, the connection it implies, backoff inputs. */
import type { ConnectionState } from '../core/index.ts';
import type { CacheDb } from '../cache/schema.ts';
import { updateSyncState } from '../cache/sync-state.ts';
import { SourceError, type SourceErrorCode } from '../sources/scan-source.ts';

const CONNECTION_FOR: Partial<Record<SourceErrorCode, ConnectionState>> = {
  unauthorized: 'unauthorized',
  forbidden: 'unauthorized',
  network: 'unreachable',
  timeout: 'unreachable',
  unavailable: 'unreachable',
  server_error: 'unreachable',
};

export interface RecordedFailure {
  error: { code: string; message: string };
  retryAfterMs: number | null;
  pollIntervalMs: number | null;
}

/**
 * Saves `caught` as the last error. A SourceError keeps its code and moves the connection state
 * (401 → unauthorized, network/5xx → unreachable; others leave it); anything else is 'internal'.
 */
export async function recordFailure(db: CacheDb, caught: unknown, start: number): Promise<RecordedFailure> {
  const at = new Date(start).toISOString();
  if (!(caught instanceof SourceError)) {
    // Not the API's fault (storage, a bug): a code for the UI, and backoff retries.
    const error = { code: 'internal', message: caught instanceof Error ? caught.name : 'unexpected error' };
    await updateSyncState(db, (s) => ({ lastError: { ...error, at }, lastAttemptAt: at, consecutiveFailures: s.consecutiveFailures + 1 })).catch(() => undefined);
    return { error, retryAfterMs: null, pollIntervalMs: null };
  }
  const error = { code: caught.code, message: caught.message };
  const retryAfterMs = caught.details.retryAfterMs ?? null;
  await updateSyncState(db, (s) => ({
    connection: CONNECTION_FOR[caught.code] ?? (s.connection === 'not_configured' ? 'ok' : s.connection),
    lastError: { ...error, at },
    lastAttemptAt: at,
    consecutiveFailures: s.consecutiveFailures + 1,
    retryNotBefore: retryAfterMs !== null ? start + retryAfterMs : null,
    ...(caught.details.pollIntervalMs !== undefined ? { pollHintMs: caught.details.pollIntervalMs } : {}),
  }));
  return { error, retryAfterMs, pollIntervalMs: caught.details.pollIntervalMs ?? null };
}
