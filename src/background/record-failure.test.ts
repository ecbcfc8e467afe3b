import { beforeEach, describe, expect, it } from 'vitest';
import { freshIndexedDb } from '../cache/test/fresh-idb.ts';
import { createCacheHandle } from '../cache/open-cache.ts';
import { readSyncState, updateSyncState } from '../cache/sync-state.ts';
import type { CacheDb } from '../cache/schema.ts';
import { SourceError } from '../sources/scan-source.ts';
import { recordFailure } from './record-failure.ts';

let db: CacheDb;
const start = Date.parse('2026-03-01T12:00:00.000Z');
beforeEach(async () => {
  freshIndexedDb();
  db = await createCacheHandle().db();
});

describe('recordFailure', () => {
  it('keeps the code, moves the connection and remembers Retry-After', async () => {
    const failure = await recordFailure(db, new SourceError('rate_limited', 'HTTP 429', { status: 429, retryAfterMs: 5_000, pollIntervalMs: 60_000 }), start);
    expect(failure).toEqual({ error: { code: 'rate_limited', message: 'HTTP 429' }, retryAfterMs: 5_000, pollIntervalMs: 60_000 });
    const state = await readSyncState(db);
    expect(state).toMatchObject({ connection: 'ok', consecutiveFailures: 1, retryNotBefore: start + 5_000, pollHintMs: 60_000 });
    await recordFailure(db, new SourceError('unauthorized', 'HTTP 401'), start);
    expect(await readSyncState(db)).toMatchObject({ connection: 'unauthorized', consecutiveFailures: 2, retryNotBefore: null });
  });

  it('records anything else as internal, without its message, and leaves the connection alone', async () => {
    await updateSyncState(db, () => ({ connection: 'unreachable' }));
    const failure = await recordFailure(db, new TypeError('secret-ish detail'), start);
    expect(failure.error).toEqual({ code: 'internal', message: 'TypeError' });
    expect(await readSyncState(db)).toMatchObject({ connection: 'unreachable', lastError: { code: 'internal' }, consecutiveFailures: 1 });
  });
});
