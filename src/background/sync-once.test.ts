import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshIndexedDb } from '../cache/test/fresh-idb.ts';
import { createCacheHandle } from '../cache/open-cache.ts';
import { readCacheFacts } from '../cache/read-cache.ts';
import { createScanSightSource } from '../sources/scansight/scansight-source.ts';
import { syncOnce } from './sync-once.ts';
import { startTestServer, type TestServer } from './test/reference-server.ts';

let api: TestServer;
beforeEach(async () => {
  freshIndexedDb();
  api = await startTestServer('seed');
});
afterEach(async () => {
  await api.close();
});

describe('syncOnce', () => {
  it('stops starting requests at the deadline, latest runs first, and finishes on the next pass', async () => {
    const db = await createCacheHandle().db();
    const source = createScanSightSource({ apiUrl: api.server.url, token: api.server.token, fetch: api.fetch });
    let clock = 0;
    // Each clock read is a "second": the budget runs out after a few details requests.
    const first = await syncOnce(db, source, { deadline: 8, now: () => clock++, concurrency: 1 });
    expect(first.incomplete).toBe(true);
    const facts = await readCacheFacts(db);
    expect(facts.scans).toHaveLength(13);
    expect(facts.sync.pendingDetails.length).toBeGreaterThan(0);
    // Old runs of a project wait behind every project's latest run.
    const oldRuns = ['s-repeated-failures-1', 's-repeated-failures-2', 's-recreated-integration-still-failing-1'];
    expect(facts.sync.pendingDetails).toEqual(expect.arrayContaining(oldRuns));
    const fetched = facts.scans.map((s) => s.id).filter((id) => !facts.sync.pendingDetails.includes(id));
    expect(fetched.length).toBeGreaterThan(3);
    expect(fetched.filter((id) => oldRuns.includes(id))).toEqual([]);

    const second = await syncOnce(db, source, {});
    expect(second.incomplete).toBe(false);
    expect((await readCacheFacts(db)).sync.pendingDetails).toEqual([]);
  });
});
