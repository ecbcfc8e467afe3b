/**
 * A dashboard page looping navigation events (history.replaceState + popstate) asks for the overlay
 * data hundreds of times a second: the background answers from a memo and rate-limits the tab, so the
 * loop costs a bounded number of cache reads (counted, not timed).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handleMessage } from './handle-message.ts';
import { configure, createTestBackground, resetStorage, type TestBackground } from './test/test-background.ts';
import { startTestServer, type TestServer } from './test/reference-server.ts';
import { bumpChanges, updateSyncState } from '../cache/sync-state.ts';
import { resetOverlayMemo } from './views/overlay-memo.ts';
import { createRateLimiter } from './tab-rate-limit.ts';

const reads = vi.hoisted(() => ({ count: 0 }));
vi.mock('../cache/read-cache.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../cache/read-cache.ts')>();
  return {
    ...original,
    readOverlayFacts: (...args: Parameters<typeof original.readOverlayFacts>) => {
      reads.count += 1;
      return original.readOverlayFacts(...args);
    },
  };
});

let api: TestServer;
let t: TestBackground;
beforeEach(async () => {
  resetStorage();
  resetOverlayMemo();
  api = await startTestServer('seed');
  t = createTestBackground({ fetch: api.fetch });
  await configure(t.browser, { apiUrl: api.server.url, dashboardUrl: `${api.server.url}/app/` }, api.server.token);
  await t.bg.sync.run();
});
afterEach(async () => {
  await api.close();
});

/** A write of facts or marks, as far as the memo can tell: the cache's change counter moves. */
const cacheChanged = async () => void (await updateSyncState(await t.bg.cache.db(), bumpChanges));

const ask = (tabId: number) =>
  handleMessage(t.bg, { type: 'overlay/data', payload: { url: `${api.server.url}/app/projects?loop=${Math.random()}` } }, { id: 'scansight-test-id', url: `${api.server.url}/app/projects`, tab: { id: tabId } });

describe('overlay requests are bounded', () => {
  it('500 requests from a looping tab read the cache once; a change makes the next allowed one read again', async () => {
    reads.count = 0;
    const answers = await Promise.all(Array.from({ length: 500 }, () => ask(7)));
    expect(answers.every((a) => (a as { enabled: boolean }).enabled)).toBe(true);
    expect(reads.count).toBe(1);
    await cacheChanged(); // a sync changed something: the memo no longer holds
    t.clock.now += 10_000; // the tab's bucket refills
    await ask(7);
    expect(reads.count).toBe(2);
  });

  it('a looping tab is limited to its burst, then 2 a second; another tab is not held back by it', async () => {
    reads.count = 0;
    for (let i = 0; i < 50; i++) {
      await cacheChanged(); // worst case: the cache changes between every request
      await ask(1);
    }
    expect(reads.count).toBe(5); // the burst; the rest got the last answer
    t.clock.now += 1_000;
    for (let i = 0; i < 3; i++) {
      await cacheChanged();
      await ask(1);
    }
    expect(reads.count).toBe(7); // two more a second
    await cacheChanged();
    await ask(2);
    expect(reads.count).toBe(8);
  });
});

describe('createRateLimiter', () => {
  it('allows a burst, then refills at its rate, per key, keeping a bounded number of keys', () => {
    const limiter = createRateLimiter({ burst: 3, perSecond: 1, maxKeys: 2 });
    expect([1, 2, 3, 4].map(() => limiter.allow('a', 0))).toEqual([true, true, true, false]);
    expect(limiter.allow('a', 999)).toBe(false);
    expect(limiter.allow('a', 1000)).toBe(true);
    expect(limiter.allow('b', 1000)).toBe(true);
    expect(limiter.allow('c', 1000)).toBe(true); // 'a' was dropped as the oldest bucket
    expect([1, 2, 3].map(() => limiter.allow('a', 1000))).toEqual([true, true, true]);
  });
});
