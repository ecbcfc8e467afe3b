/**
 * Reads a stored sync-state record field by field against the initial state: a field of the wrong
 * shape takes its initial value (a garbage ETag map, cursor or watermark means a full refetch, never
 * a sync that fails forever). Valid fields are kept as they are.
 */
import type { ConnectionState, SnapshotScan } from '../core/index.ts';
import type { ScanPass, SyncState } from './schema.ts';
import { initialSyncState } from './sync-state-initial.ts';

const CONNECTIONS: ReadonlySet<string> = new Set<ConnectionState>(['ok', 'not_configured', 'unauthorized', 'unreachable']);

const isStr = (v: unknown): v is string => typeof v === 'string';
const strOrNull = (v: unknown): string | null | undefined => (v === null || isStr(v) ? v : undefined);
const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
/** A plain object (not null, not an array): the shape every stored record must have. */
export const record = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function pass(v: unknown): ScanPass | null {
  if (!record(v)) return null;
  const since = strOrNull(v.since);
  const cursor = strOrNull(v.cursor);
  const maxUpdatedAt = strOrNull(v.maxUpdatedAt);
  return since === undefined || cursor === undefined || maxUpdatedAt === undefined ? null : { since, cursor, maxUpdatedAt };
}

function snapshot(v: unknown): SnapshotScan[] | null {
  if (!Array.isArray(v)) return null;
  const ok = (s: unknown): s is SnapshotScan => record(s) && isStr(s.scanId) && isStr(s.projectId) && isStr(s.status) && isStr(s.createdAt);
  // One bad entry makes the whole snapshot untrustworthy: take a new baseline (no notification storm).
  return v.every(ok) ? v : null;
}

function lastError(v: unknown): SyncState['lastError'] {
  return record(v) && isStr(v.code) && isStr(v.message) && isStr(v.at) ? { code: v.code, message: v.message, at: v.at } : null;
}

/** A well-formed sync state from whatever is stored (undefined → the initial state). */
export function repairSyncState(stored: unknown): SyncState {
  const init = initialSyncState();
  if (!record(stored)) return init;
  const s = stored;
  const etags = record(s.etags) ? Object.fromEntries(Object.entries(s.etags).filter((e): e is [string, string] => isStr(e[1]))) : {};
  return {
    key: 'state',
    watermark: strOrNull(s.watermark) ?? init.watermark,
    pass: pass(s.pass),
    pendingDetails: Array.isArray(s.pendingDetails) ? s.pendingDetails.filter(isStr) : init.pendingDetails,
    etags,
    lastSuccessAt: strOrNull(s.lastSuccessAt) ?? init.lastSuccessAt,
    lastAttemptAt: strOrNull(s.lastAttemptAt) ?? init.lastAttemptAt,
    lastError: lastError(s.lastError),
    connection: isStr(s.connection) && CONNECTIONS.has(s.connection) ? (s.connection as ConnectionState) : init.connection,
    consecutiveFailures: finite(s.consecutiveFailures) && s.consecutiveFailures >= 0 ? Math.floor(s.consecutiveFailures) : init.consecutiveFailures,
    retryNotBefore: finite(s.retryNotBefore) ? s.retryNotBefore : init.retryNotBefore,
    pollHintMs: finite(s.pollHintMs) && s.pollHintMs > 0 ? s.pollHintMs : init.pollHintMs,
    snapshot: snapshot(s.snapshot),
    backfilled: typeof s.backfilled === 'boolean' ? s.backfilled : init.backfilled,
    collectionsCheckedAt: finite(s.collectionsCheckedAt) ? s.collectionsCheckedAt : init.collectionsCheckedAt,
    changes: finite(s.changes) && s.changes >= 0 ? Math.floor(s.changes) : init.changes,
  };
}

/**
 * True when a stored record lost what says which details are cached and current (the pending list or
 * the ETags were not of their shape): then every scan's details must be fetched afresh.
 */
export function isSyncStateDamaged(stored: unknown): boolean {
  if (stored === undefined) return false;
  if (!record(stored) || isSyncHeadDamaged(stored)) return true;
  const { etags } = stored;
  return !record(etags) || !Object.values(etags).every(isStr);
}

/** As {@link isSyncStateDamaged}, for a read of the `state` record alone: its pending list only. */
export function isSyncHeadDamaged(stored: unknown): boolean {
  if (stored === undefined) return false;
  if (!record(stored)) return true;
  const { pendingDetails } = stored;
  return !Array.isArray(pendingDetails) || !pendingDetails.every(isStr);
}
