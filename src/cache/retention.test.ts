import { beforeEach, describe, expect, it } from 'vitest';
import { freshIndexedDb } from './test/fresh-idb.ts';
import { createCacheHandle } from './open-cache.ts';
import { pruneCache } from './retention.ts';
import { readCacheFacts, readLedger } from './read-cache.ts';
import { writeScanDetails, writeScanPage } from './write-facts.ts';
import { setAcknowledged } from './marks.ts';
import { isQuotaError, withQuotaRetry } from './quota.ts';
import { errorLog, job, scan } from './test/fixtures.ts';

beforeEach(freshIndexedDb);
const now = Date.parse('2026-01-20T00:00:00.000Z');

describe('pruneCache', () => {
  it('keeps the latest N runs per project with their jobs, and error logs of the last N days', async () => {
    const db = await createCacheHandle().db();
    const runs = [1, 2, 3, 4].map((d) => scan(`a-${d}`, { projectId: 'p-a', createdAt: `2026-01-1${d}T00:00:00.000Z` }));
    await writeScanPage(db, { since: null, cursor: null, maxUpdatedAt: null }, { scans: [...runs, scan('b-1', { projectId: 'p-b' })], nextCursor: null, etag: null });
    await writeScanDetails(db, 'a-1', { items: [job('j', 'a-1')], etag: '"x"' }, { items: [errorLog('e-old-run', 'a-1', { at: '2026-01-19T00:00:00.000Z' })], etag: null });
    await writeScanDetails(db, 'a-4', { items: [job('j', 'a-4')], etag: null }, {
      items: [errorLog('e-fresh', 'a-4', { at: '2026-01-15T00:00:00.000Z' }), errorLog('e-stale', 'a-4', { at: '2026-01-05T00:00:00.000Z' })], etag: null,
    });
    await setAcknowledged(db, 'a-1', true, '2026-01-19T00:00:00.000Z');
    await db.put('ledger', { key: 'old', scanId: 'a-1', projectId: 'p-a', kind: 'broken', at: '2025-01-01T00:00:00.000Z', outcome: 'shown' });
    await db.put('ledger', { key: 'new', scanId: 'a-4', projectId: 'p-a', kind: 'broken', at: '2026-01-19T00:00:00.000Z', outcome: 'shown' });

    const removed = await pruneCache(db, { runsPerProject: 2, errorLogDays: 7 }, now);

    expect(removed).toEqual({ scans: 2, errors: 2 });
    const facts = await readCacheFacts(db);
    expect(facts.scans.map((s) => s.id).sort()).toEqual(['a-3', 'a-4', 'b-1']);
    expect([...facts.jobsByScan.keys()]).toEqual(['a-4']);
    expect(facts.errorsByScan.get('a-4')?.map((e) => e.id)).toEqual(['e-fresh']);
    expect(facts.marks.size).toBe(0);
    expect(facts.sync.etags['jobs:a-1']).toBeUndefined();
    expect(facts.sync.pendingDetails).not.toContain('a-2');
    expect((await readLedger(db)).map((e) => e.key)).toEqual(['new']);
  });

  it('counts runs from the scans it is handed, without reading the scan store, and prunes the same way', async () => {
    const db = await createCacheHandle().db();
    const runs = [1, 2, 3].map((d) => scan(`a-${d}`, { projectId: 'p-a', createdAt: `2026-01-1${d}T00:00:00.000Z` }));
    await writeScanPage(db, { since: null, cursor: null, maxUpdatedAt: null }, { scans: runs, nextCursor: null, etag: null });
    await writeScanDetails(db, 'a-1', { items: [job('j', 'a-1')], etag: null }, { items: [], etag: null });
    const known = (await readCacheFacts(db)).scans;
    // Proof that the hand-over is what is counted: a run the caller did not see is not counted.
    await writeScanPage(db, { since: null, cursor: null, maxUpdatedAt: null }, { scans: [scan('a-4', { projectId: 'p-a', createdAt: '2026-01-14T00:00:00.000Z' })], nextCursor: null, etag: null });

    expect(await pruneCache(db, { runsPerProject: 2, errorLogDays: 7 }, now, known)).toEqual({ scans: 1, errors: 0 });
    const facts = await readCacheFacts(db);
    expect(facts.scans.map((s) => s.id).sort()).toEqual(['a-2', 'a-3', 'a-4']);
    expect(facts.jobsByScan.has('a-1')).toBe(false);
    // The next read-based prune sees a-4 and keeps the newest two.
    expect(await pruneCache(db, { runsPerProject: 2, errorLogDays: 7 }, now)).toEqual({ scans: 1, errors: 0 });
    expect((await readCacheFacts(db)).scans.map((s) => s.id).sort()).toEqual(['a-3', 'a-4']);
  });
});

describe('withQuotaRetry', () => {
  it('prunes and retries once after a quota error', async () => {
    let attempts = 0;
    let pruned = 0;
    const result = await withQuotaRetry(async () => {
      attempts++;
      if (attempts === 1) throw new DOMException('full', 'QuotaExceededError');
      return 'written';
    }, async () => { pruned++; });
    expect([result, attempts, pruned]).toEqual(['written', 2, 1]);
  });

  it('gives up after the second quota error, and never retries other errors', async () => {
    let attempts = 0;
    const quota = withQuotaRetry(async () => { attempts++; throw new DOMException('full', 'QuotaExceededError'); }, async () => undefined);
    await expect(quota).rejects.toSatisfy(isQuotaError);
    expect(attempts).toBe(2);
    let other = 0;
    await expect(withQuotaRetry(async () => { other++; throw new Error('boom'); }, async () => undefined)).rejects.toThrow('boom');
    expect(other).toBe(1);
  });
});
