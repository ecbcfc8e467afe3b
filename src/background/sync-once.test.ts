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
    // Each clock read is a "second": the budget runs out after a few details requests (one scan each).
    const first = await syncOnce(db, source, { deadline: 8, now: () => clock++, concurrency: 1, detailsPerRequest: 1 });
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

  it('a page refused mid-pass (over the reply limits) drops the checkpoint: pages written stay, the next pass starts clean', async () => {
    const db = await createCacheHandle().db();
    let hostile = 1;
    // The second scans page (the one asked for by cursor) answers JSON nested 100,000 deep, once.
    const fetchOnce: typeof fetch = async (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      if (url.pathname === '/api/v1/scans' && url.searchParams.has('cursor') && hostile-- > 0) {
        return new Response('['.repeat(100_000) + ']'.repeat(100_000), { status: 200, headers: { 'Content-Type': 'application/json' } });
      }
      return api.fetch(input, init);
    };
    const source = createScanSightSource({ apiUrl: api.server.url, token: api.server.token, fetch: fetchOnce });
    await expect(syncOnce(db, source, { pageLimit: 4 })).rejects.toMatchObject({ code: 'invalid_response' });
    const after = await readCacheFacts(db);
    expect(after.scans).toHaveLength(4);
    expect(after.sync.pass).toBeNull();
    const next = await syncOnce(db, source, { pageLimit: 4 });
    expect(next.incomplete).toBe(false);
    expect((await readCacheFacts(db)).scans).toHaveLength(13);
  });

  it('hands over what it read only when it wrote nothing after: an idle pass, never one that changed the cache', async () => {
    const db = await createCacheHandle().db();
    const source = createScanSightSource({ apiUrl: api.server.url, token: api.server.token, fetch: api.fetch });
    const cold = await syncOnce(db, source);
    expect(cold.changed.scans).toBe(true);
    expect(cold.unchanged).toBeUndefined();
    // Settled (the seed's running scan is revalidated by ETag every pass: 304s, nothing written).
    await syncOnce(db, source);
    const idle = await syncOnce(db, source);
    expect(idle.changed).toEqual({ projects: false, integrations: false, scans: false });
    const now = await readCacheFacts(db);
    expect(idle.unchanged?.scans.map((s) => s.id).sort()).toEqual(now.scans.map((s) => s.id).sort());
    expect([...(idle.unchanged?.attemptsByScan.keys() ?? [])].sort()).toEqual([...now.attemptsByScan.keys()].sort());
  });

  it("fetches a cold cache's details many scans per request, then revalidates them per scan by the ETags that came with them", async () => {
    const db = await createCacheHandle().db();
    const source = createScanSightSource({ apiUrl: api.server.url, token: api.server.token, fetch: api.fetch });
    await syncOnce(db, source, { detailsPerRequest: 5 });
    const details = api.log.filter((l) => l.includes('/scans/'));
    // 13 scans, 5 per request: 3 requests, none per scan.
    expect(details.map((l) => l.replace(/\?.*/, ''))).toEqual(Array(3).fill('200 /api/v1/scans/-/details'));
    const facts = await readCacheFacts(db);
    expect(facts.sync.pendingDetails).toEqual([]);
    expect(facts.jobsByScan.get('s-partial-36-1')).toHaveLength(36);
    expect(facts.sync.etags['jobs:s-partial-36-1']).toMatch(/^"/);

    // Queued again (as a changed scan would be), and the running scan as on every pass: each revalidated
    // by its own ETag, answered 304.
    await db.put('sync', { ...facts.sync, pendingDetails: ['s-partial-36-1'] });
    api.log.length = 0;
    await syncOnce(db, source);
    expect(api.log.filter((l) => l.includes('/scans/')).sort()).toEqual([
      '304 /api/v1/scans/s-partial-36-1/errors', '304 /api/v1/scans/s-partial-36-1/jobs', '304 /api/v1/scans/s-running-1/errors', '304 /api/v1/scans/s-running-1/jobs',
    ]);
  });

  it('falls back to per-scan requests against a server without the details endpoint, asking it once', async () => {
    const db = await createCacheHandle().db();
    const older: typeof fetch = async (input, init) =>
      new URL(String(input)).pathname.endsWith('/scans/-/details')
        ? new Response(JSON.stringify({ error: { code: 'not_found', message: 'no such endpoint' } }), { status: 404 })
        : api.fetch(input, init);
    const source = createScanSightSource({ apiUrl: api.server.url, token: api.server.token, fetch: older });
    const result = await syncOnce(db, source, { detailsPerRequest: 5 });
    expect(result.incomplete).toBe(false);
    const facts = await readCacheFacts(db);
    expect(facts.sync.pendingDetails).toEqual([]);
    expect(facts.jobsByScan.get('s-partial-36-1')).toHaveLength(36);
    expect(api.log.filter((l) => l.endsWith('/jobs'))).toHaveLength(13);
  });

  it('asks for fewer scans per details request when their jobs add up to more than the budget', async () => {
    const db = await createCacheHandle().db();
    const source = createScanSightSource({ apiUrl: api.server.url, token: api.server.token, fetch: api.fetch });
    await syncOnce(db, source, { jobsPerRequest: 40 });
    const facts = await readCacheFacts(db);
    const jobCount = new Map(facts.scans.map((s) => [s.id, s.jobCount]));
    const asked = api.log.filter((l) => l.includes('/scans/-/details')).map((l) => new URL(l.split(' ')[1]!, 'http://x').searchParams.get('ids')!.split(','));
    expect(asked.flat().sort()).toEqual(facts.scans.map((s) => s.id).sort());
    // Each request's jobs fit the budget, unless it holds a single scan larger than the budget alone.
    for (const ids of asked) {
      const jobs = ids.reduce((sum, id) => sum + jobCount.get(id)!, 0);
      expect(ids.length === 1 || jobs <= 40).toBe(true);
    }
    expect(asked.length).toBeGreaterThan(1);
    expect(facts.sync.pendingDetails).toEqual([]);
  });
});
