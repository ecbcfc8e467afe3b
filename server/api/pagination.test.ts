import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-support/api-client.ts';
import { pageScans } from './scan-page.ts';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ scenario: 'large' });
});
afterAll(() => t.close());

async function walk(query: string, from: string | null = null): Promise<{ ids: string[]; pages: number }> {
  const ids: string[] = [];
  let cursor: string | null = from;
  let pages = 0;
  do {
    const suffix: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const r = await t.api(`/api/v1/scans?${query}${suffix}`);
    ids.push(...r.json.data.map((s: { id: string }) => s.id));
    cursor = r.json.nextCursor;
    pages++;
  } while (cursor);
  return { ids, pages };
}

describe('GET /scans pagination (large scenario)', () => {
  it('walks all 10,000 scans in pages of 500, each once, oldest change first', async () => {
    const { ids, pages } = await walk('limit=500');
    expect(pages).toBe(20);
    expect(new Set(ids).size).toBe(10_000);
  });

  it('defaults to 100 per page and refuses limits outside 1–500 and foreign cursors', async () => {
    expect((await t.api('/api/v1/scans')).json.data).toHaveLength(100);
    for (const bad of ['limit=0', 'limit=501', 'limit=abc', 'limit=2.5', 'cursor=bm9wZQ', 'updatedSince=yesterday']) {
      const r = await t.api(`/api/v1/scans?${bad}`);
      expect(r.status, bad).toBe(400);
      expect(r.json.error.code).toBe('bad_request');
    }
  });

  it('updatedSince returns only scans changed at or after the time', async () => {
    const all = (await t.api('/api/v1/scans?limit=500')).json.data as Array<{ updatedAt: string }>;
    const since = all[250]!.updatedAt;
    const { ids } = await walk(`limit=500&updatedSince=${encodeURIComponent(since)}`);
    const expected = (await walk('limit=500')).ids.length - 250;
    expect(ids.length).toBeGreaterThanOrEqual(expected);
    const page = (await t.api(`/api/v1/scans?limit=5&updatedSince=${encodeURIComponent(since)}`)).json.data;
    expect(page.every((s: { updatedAt: string }) => s.updatedAt >= since)).toBe(true);
  });

  it('a scan changed during a walk is not skipped: it reappears behind the cursor', async () => {
    const first = await t.api('/api/v1/scans?limit=500');
    const seen = first.json.data[0].id as string;
    await t.control('transition', { scanId: seen, lifecycle: 'submitted' });
    const { ids } = await walk('limit=500', first.json.nextCursor);
    expect(ids).toContain(seen);
  });

  it("builds a large scan's jobs lazily and consistently", async () => {
    const jobs = (await t.api('/api/v1/scans/s-large-0420-7/jobs')).json.data;
    expect(jobs).toHaveLength(36);
    expect(jobs[35].id).toBe('j-large-0420-7-36');
    expect((await t.api('/api/v1/scans/s-large-0420-7/jobs')).json.data).toEqual(jobs);
    expect((await t.api('/api/v1/projects')).json.data).toHaveLength(1_000);
  });
});

describe('pageScans', () => {
  const scan = (id: string, updatedAt: string) => ({ id, updatedAt }) as Parameters<typeof pageScans>[0] extends Iterable<infer S> ? S : never;
  const scans = [scan('b', '2026-01-01T00:00:02.000Z'), scan('a', '2026-01-01T00:00:02.000Z'), scan('c', '2026-01-01T00:00:01.000Z')];

  it('orders by updatedAt then id and breaks ties on id across pages', () => {
    const first = pageScans(scans, { updatedSince: null, cursor: null, limit: '2' });
    if (!first.ok) throw new Error(first.message);
    expect(first.data.map((s) => s.id)).toEqual(['c', 'a']);
    const second = pageScans(scans, { updatedSince: null, cursor: first.nextCursor, limit: '2' });
    expect(second.ok && second.data.map((s) => s.id)).toEqual(['b']);
    expect(second.ok && second.nextCursor).toBeNull();
  });

  it('treats updatedSince as inclusive', () => {
    const page = pageScans(scans, { updatedSince: '2026-01-01T00:00:02Z', cursor: null, limit: null });
    expect(page.ok && page.data.map((s) => s.id)).toEqual(['a', 'b']);
  });
});
