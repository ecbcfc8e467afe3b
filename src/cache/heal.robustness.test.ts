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
  const state = (await handleMessage(t.bg, { type: 'popup/state', payload: {} }, popup)) as { rows?: Array<{ scanId: string }> };
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
});
