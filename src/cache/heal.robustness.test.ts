/**
 * The cache heals from what the browser does to a database: a write refused for quota, the database
 * deleted while the worker runs. After each, the views keep answering and a sync brings back everything the API holds.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deleteDB } from 'idb';
import { CACHE_DB_NAME } from './schema.ts';
import { configure, createTestBackground, resetStorage, type TestBackground } from '../background/test/test-background.ts';
import { startTestServer, type TestServer } from '../background/test/reference-server.ts';
import { handleMessage } from '../background/handle-message.ts';
import { expectCacheMirrorsApi } from '../testing/api-mirror.ts';
import { tally } from '../testing/tally.ts';

let api: TestServer;
let t: TestBackground;
const popup = { id: 'scansight-test-id', url: 'chrome-extension://scansight-test-id/src/popup/index.html' };

beforeEach(async () => {
  resetStorage();
  api = await startTestServer('seed');
  t = createTestBackground({ fetch: api.fetch });
  await configure(t.browser, { apiUrl: api.server.url, dashboardUrl: `${api.server.url}/app/` }, api.server.token);
});
afterEach(() => api.close());

const mirror = async () => expectCacheMirrorsApi(await t.bg.cache.db(), { url: api.server.url, token: api.server.token });

/** Makes the next `count` object-store writes fail as a full disk does. */
function refuseWrites(count: number): () => void {
  const proto = globalThis.IDBObjectStore.prototype;
  const put = proto.put;
  let left = count;
  proto.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    if (left-- > 0) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return put.apply(this, args);
  };
  return () => void (proto.put = put);
}

/** The popup's and overlay's reads still answer (no 'internal' refusal). */
async function viewsAnswer(): Promise<void> {
  const state = (await handleMessage(t.bg, { type: 'popup/rows', payload: {} }, popup)) as { rows?: Array<{ scanId: string }> };
  expect(state).toHaveProperty('rows');
  for (const row of state.rows ?? []) {
    expect(await handleMessage(t.bg, { type: 'popup/detail', payload: { scanId: row.scanId } }, popup)).not.toEqual({ ok: false, error: 'internal' });
  }
  const content = { id: 'scansight-test-id', url: `${api.server.url}/app/projects`, tab: { id: 1 } };
  expect(await handleMessage(t.bg, { type: 'overlay/data', payload: { url: content.url } }, content)).toHaveProperty('projects');
}

describe('cache healing, robustness', () => {
  it('quota exceeded once: the write is retried after pruning and the sync completes', async (ctx) => {
    tally(ctx, 'database: quota exceeded', 1);
    const restore = refuseWrites(1);
    try {
      expect((await t.bg.sync.run()).outcome).toBe('ok');
    } finally {
      restore();
    }
    await mirror();
    await viewsAnswer();
  });

  it('quota exceeded for a whole sync: the sync fails cleanly, the next one after space frees completes', async (ctx) => {
    tally(ctx, 'database: quota exceeded', 1);
    const restore = refuseWrites(Number.POSITIVE_INFINITY);
    let failed;
    try {
      failed = await t.bg.sync.run();
    } finally {
      restore();
    }
    expect(failed.outcome).toBe('error');
    t.clock.now += 60 * 60_000;
    expect((await t.bg.sync.run()).outcome).toBe('ok');
    await mirror();
    await viewsAnswer();
  });

  it('the database deleted while the worker runs: it is reopened empty and a sync refills it', async (ctx) => {
    tally(ctx, 'database: deleted while running', 1);
    expect((await t.bg.sync.run()).outcome).toBe('ok');
    await deleteDB(CACHE_DB_NAME, { blocked: () => { throw new Error('the open cache blocked the delete'); } });
    await viewsAnswer();
    expect((await t.bg.sync.run()).outcome).toBe('ok');
    await mirror();
    await viewsAnswer();
  });
  it('garbage records in every store: the views keep answering and a sync restores what the API holds', async (ctx) => {
    tally(ctx, 'database: garbage records', 1);
    expect((await t.bg.sync.run()).outcome).toBe('ok');
    const db = await t.bg.cache.db();
    const tx = db.transaction(['projects', 'scans', 'jobs', 'errors', 'integrations', 'marks', 'projectPrefs', 'ledger'], 'readwrite');
    const garbage = { name: 42, status: ['x'], target: null, lifecycle: { a: 1 }, createdAt: 7, message: null, jobCount: 'many' };
    await Promise.all([
      tx.objectStore('projects').put({ ...garbage, id: 'p-garbage' } as never),
      tx.objectStore('scans').put({ ...garbage, id: 's-garbage', projectId: 'p-garbage', updatedAt: 'garbage' } as never),
      tx.objectStore('scans').put({ ...garbage, id: 's-invalid-credentials-1', projectId: 'p-invalid-credentials', updatedAt: 'garbage' } as never),
      tx.objectStore('jobs').put({ ...garbage, id: 'j-garbage', scanId: 's-invalid-credentials-1', attempt: 99 } as never),
      // One record per scan (v4): a good-looking record holding one garbage job is garbage whole.
      tx.objectStore('jobs').put({ scanId: 's-running-1', jobs: [{ ...garbage, id: 'j-garbage', scanId: 's-running-1', attempt: 99 }] } as never),
      tx.objectStore('errors').put({ ...garbage, id: 'e-garbage', scanId: 's-invalid-credentials-1', jobId: 5, at: 'x' } as never),
      tx.objectStore('integrations').put({ ...garbage, id: 'i-garbage' } as never),
      tx.objectStore('marks').put({ scanId: 's-garbage', acknowledgedAt: 12 } as never),
      tx.objectStore('projectPrefs').put({ projectId: 'p-garbage', muted: 'yes', snoozedUntil: {} } as never),
      tx.objectStore('ledger').put({ key: 'k', at: 'never' } as never),
    ]);
    await tx.done;
    await viewsAnswer();
    expect((await t.bg.sync.run()).outcome).toBe('ok');
    await viewsAnswer();
    await mirror();
  });


  it('a garbage sync state (cursor, ETags, pending list): the next sync still runs and completes the cache', async (ctx) => {
    expect((await t.bg.sync.run()).outcome).toBe('ok');
    const db = await t.bg.cache.db();
    await db.put('sync', { key: 'state', watermark: 5, pass: 'nope', pendingDetails: 'abc', etags: null, snapshot: 'x', consecutiveFailures: 'many', retryNotBefore: 'soon' } as never);
    await db.clear('jobs');
    await viewsAnswer();
    expect((await t.bg.sync.run()).outcome).toBe('ok');
    await mirror();
    tally(ctx, 'database: garbage records', 1);
  });
});
