import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCacheFacts } from '../cache/read-cache.ts';
import { SYNC_ALARM } from './sync-alarm.ts';
import { COLLECTIONS_EVERY_MS } from './sync-once.ts';
import { configure, createTestBackground, resetStorage, type TestBackground } from './test/test-background.ts';
import { startTestServer, type TestServer } from './test/reference-server.ts';

let api: TestServer;
let t: TestBackground;
let before: string;
let badgeBefore: string;

async function cacheDump(): Promise<string> {
  const facts = await readCacheFacts(await t.bg.cache.db());
  return JSON.stringify([facts.projects, facts.scans, [...facts.jobsByScan], [...facts.errorsByScan], facts.integrations]);
}

beforeEach(async () => {
  resetStorage();
  api = await startTestServer('seed');
  t = createTestBackground({ fetch: api.fetch, timeoutMs: 2_000 });
  await configure(t.browser, { apiUrl: api.server.url }, api.server.token);
  await t.bg.sync.run();
  // Something to lose: the running scan moves on, so a fault hits a sync with real news.
  await api.control('transition', { scanId: 's-running-1', lifecycle: 'submission_failed' });
  before = await cacheDump();
  badgeBefore = t.browser.action.text;
  t.clock.now += 30_000;
});
afterEach(async () => {
  await api.close();
});

describe('faults leave the cache intact and the badge right', () => {
  it.each([
    ['401', { kind: '401' }, 'unauthorized', 'KEY'],
    ['500', { kind: '500', match: '/api/v1/scans' }, 'server_error', 'off'],
    ['503', { kind: '503' }, 'unavailable', 'off'],
    ['malformed JSON', { kind: 'malformed-json', match: '/api/v1/scans' }, 'invalid_response', null],
    ['truncated JSON', { kind: 'truncated-json', match: '/api/v1/integrations' }, 'invalid_response', null, COLLECTIONS_EVERY_MS],
    ['timeout', { kind: 'slow', delayMs: 2_500, match: '/api/v1/projects' }, 'timeout', 'off', COLLECTIONS_EVERY_MS],
    // Over the reply limits (src/sources/reply-limits.ts): refused at the boundary, nothing kept, the next good reply recovers.
    ['a 40 MB scans page', { kind: 'oversized', sizeBytes: 40 * 1024 * 1024, match: '/api/v1/scans' }, 'invalid_response', null],
    ['JSON nested 200,000 deep', { kind: 'deep-json', match: '/api/v1/scans' }, 'invalid_response', null],
    ['a 5,000,000-character next cursor', { kind: 'long-cursor', match: '/api/v1/scans' }, 'invalid_response', null],
  ])('%s', async (_name, fault, code, badge, later = 0) => {
    // Projects and integrations are revalidated first only when due: faults there are met after the interval.
    t.clock.now += later;
    await api.control('fault', fault);
    const result = await t.bg.sync.run();
    expect(result).toMatchObject({ outcome: 'error', error: { code } });
    expect(await cacheDump()).toBe(before);
    expect(t.browser.action.text).toBe(badge ?? badgeBefore);
    expect(t.browser.notifications.shown).toEqual([]);
    const state = (await readCacheFacts(await t.bg.cache.db())).sync;
    expect(state.lastError?.code).toBe(code);
    expect(state.consecutiveFailures).toBe(1);

    // Once the fault is gone, the next sync catches up (and notifies exactly once).
    t.clock.now = result.nextAt;
    api.log.length = 0;
    const recovered = await t.bg.sync.run();
    expect(recovered, api.log.join('\n')).toMatchObject({ outcome: 'ok' });
    expect(t.browser.action.text).toBe(String(Number(badgeBefore) + 1));
    expect(t.browser.notifications.shown.map((n) => n.id)).toEqual(['scansight:scan:s-running-1']);
  });

  it('429 honours Retry-After, even for a manual sync', async () => {
    await api.control('fault', { kind: '429', retryAfter: 120 });
    const result = await t.bg.sync.run();
    expect(result).toMatchObject({ outcome: 'error', error: { code: 'rate_limited' } });
    expect(result.nextAt).toBe(t.clock.now + 120_000);
    expect(t.browser.alarms.alarms.get(SYNC_ALARM)?.scheduledTime).toBe(result.nextAt);
    expect(t.browser.action.text).toBe(badgeBefore);
    api.log.length = 0;
    t.clock.now += 60_000;
    expect((await t.bg.sync.run()).outcome).toBe('error');
    expect(api.log).toEqual([]);
    expect(await cacheDump()).toBe(before);
  });

  it('offline: no request at all, the unreachable glyph, a retry in a minute', async () => {
    t.network.online = false;
    api.log.length = 0;
    const result = await t.bg.sync.run();
    expect(result.outcome).toBe('offline');
    expect(api.log).toEqual([]);
    expect(t.browser.action.text).toBe('off');
    expect(result.nextAt).toBe(t.clock.now + 60_000);
    expect(await cacheDump()).toBe(before);
  });

  it('backs off exponentially while errors repeat', async () => {
    await api.control('fault', { kind: '500', count: null });
    const delays: number[] = [];
    for (let i = 0; i < 4; i++) {
      const result = await t.bg.sync.run();
      delays.push(result.nextAt - t.clock.now);
      t.clock.now = result.nextAt;
    }
    expect(delays).toEqual([30_000, 45_000, 90_000, 180_000]);
  });
});

describe('a body of the wrong shape', () => {
  // No recovery step here: the server's wrong-types fault currently spoils its own state in place.
  it('is rejected whole: nothing of it reaches the cache', async () => {
    await api.control('fault', { kind: 'wrong-types', match: '/api/v1/scans' });
    const result = await t.bg.sync.run();
    expect(result).toMatchObject({ outcome: 'error', error: { code: 'invalid_response' } });
    expect(await cacheDump()).toBe(before);
    expect(t.browser.action.text).toBe(badgeBefore);
  });
});

describe('not configured', () => {
  it('shows the not-configured glyph and makes no request', async () => {
    resetStorage();
    const fresh = createTestBackground({ fetch: api.fetch });
    api.log.length = 0;
    expect((await fresh.bg.sync.run()).outcome).toBe('not_configured');
    expect(fresh.browser.action.text).toBe('?');
    expect(api.log).toEqual([]);
  });
});
