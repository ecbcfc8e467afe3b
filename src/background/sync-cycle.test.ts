import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCacheFacts, readLedger } from '../cache/read-cache.ts';
import { countingScanReads } from '../cache/test/count-scan-reads.ts';
import { SYNC_ALARM } from './sync-alarm.ts';
import { COLLECTIONS_EVERY_MS } from './sync-once.ts';
import { configure, createTestBackground, resetStorage, type TestBackground } from './test/test-background.ts';
import { startTestServer, type TestServer } from './test/reference-server.ts';

let api: TestServer;
beforeEach(async () => {
  resetStorage();
  api = await startTestServer('seed');
});
afterEach(async () => {
  await api.close();
});

async function setUp(options: Parameters<typeof createTestBackground>[0] = {}): Promise<TestBackground> {
  const t = createTestBackground({ fetch: api.fetch, ...options });
  await configure(t.browser, { apiUrl: api.server.url, dashboardUrl: `${api.server.url}/app/` }, api.server.token);
  return t;
}

async function counts(t: TestBackground) {
  const facts = await readCacheFacts(await t.bg.cache.db());
  return { projects: facts.projects.length, scans: facts.scans.length, jobs: [...facts.jobsByScan.values()].flat().length, errors: [...facts.errorsByScan.values()].flat().length };
}

describe('sync cycle against the reference server', () => {
  it('first sync fills the cache, shows the badge, takes a baseline and schedules the next poll', async () => {
    const t = await setUp();
    const result = await t.bg.sync.run();
    expect(result.outcome).toBe('ok');
    const c = await counts(t);
    expect(c).toMatchObject({ projects: 10, scans: 13 });
    expect(c.jobs).toBeGreaterThan(100);
    expect(c.errors).toBeGreaterThan(0);
    expect(Number(t.browser.action.text)).toBeGreaterThan(0);
    expect(t.browser.action.color).toBe('#d93025');
    expect(t.browser.action.title).toContain('attention');
    expect(t.browser.notifications.shown).toEqual([]);
    // A scan is still running: poll again in 30 s.
    expect(t.browser.alarms.alarms.get(SYNC_ALARM)?.scheduledTime).toBe(t.clock.now + 30_000);
    expect(t.browser.runtime.broadcasts).toContainEqual({ type: 'changed', scope: 'scans' });
  });

  it('a sync that drops runs by retention reports a change, so the popup lists them no more', async () => {
    const t = await setUp();
    await t.bg.sync.run();
    expect((await counts(t)).scans).toBe(13);
    await configure(t.browser, { apiUrl: api.server.url, dashboardUrl: `${api.server.url}/app/`, retention: { runsPerProject: 1, errorLogDays: 30 } }, api.server.token);
    t.browser.runtime.broadcasts.length = 0;
    const result = await t.bg.sync.run();
    expect((await counts(t)).scans).toBe(10);
    expect(result.changed).toBe(true);
    expect(t.browser.runtime.broadcasts).toContainEqual({ type: 'changed', scope: 'scans' });
  });

  it('keeps polls cheap: an idle poll is the delta listing alone, answered 304', async () => {
    const t = await setUp();
    await t.bg.sync.run();
    await t.bg.sync.run();
    api.log.length = 0;
    const result = await t.bg.sync.run();
    expect(result.changed).toBe(false);
    const listing = api.log.filter((l) => !l.includes('/scans/'));
    expect(listing).toEqual([
      expect.stringMatching(/^304 \/api\/v1\/scans\?updatedSince=\d{4}-\d\d-\d\dT\d\d%3A\d\d%3A\d\d\.\d{3}Z&limit=100$/),
    ]);
    // Only the running scan's details are revalidated, and they did not change.
    expect(api.log.filter((l) => l.includes('/scans/')).sort()).toEqual(['304 /api/v1/scans/s-running-1/errors', '304 /api/v1/scans/s-running-1/jobs']);
  });

  it('reads every scan record once in an idle poll: retention counts runs from the read of the pass', async () => {
    const t = await setUp();
    await t.bg.sync.run();
    await t.bg.sync.run();
    const { result, reads } = await countingScanReads(() => t.bg.sync.run());
    expect(result.changed).toBe(false);
    expect(reads).toBe(1);
  });

  it('revalidates projects and integrations when scans changed, and at least every 10 minutes', async () => {
    const t = await setUp();
    await t.bg.sync.run();
    await t.bg.sync.run();
    const collections = () => api.log.filter((l) => /\/api\/v1\/(projects|integrations)$/.test(l.replace(/^\d+ /, '')));
    api.log.length = 0;
    t.clock.now += COLLECTIONS_EVERY_MS - 1;
    await t.bg.sync.run();
    expect(collections()).toEqual([]);
    t.clock.now += 1;
    await t.bg.sync.run();
    expect(collections()).toEqual(['304 /api/v1/projects', '304 /api/v1/integrations']);
    api.log.length = 0;
    await api.control('transition', { scanId: 's-running-1', lifecycle: 'stopped' });
    await t.bg.sync.run();
    expect(collections()).toEqual(['304 /api/v1/projects', '304 /api/v1/integrations']);
  });

  it('pages through the listing with the cursor', async () => {
    const t = await setUp({ pageLimit: 4 });
    await t.bg.sync.run();
    const pages = api.log.filter((l) => l.includes('/api/v1/scans?'));
    expect(pages).toHaveLength(4);
    expect(pages.slice(1).every((l) => l.includes('cursor='))).toBe(true);
    expect((await counts(t)).scans).toBe(13);
  });

  it('resumes from the checkpoint when the worker was stopped between pages', async () => {
    let scanPages = 0;
    const dying: typeof fetch = (input, init) => {
      if (String(input).includes('/api/v1/scans?') && ++scanPages === 3) return new Promise<Response>(() => { /* the worker is gone */ });
      return api.fetch(input, init);
    };
    const first = await setUp({ pageLimit: 4, fetch: dying });
    void first.bg.sync.run();
    await expect.poll(() => scanPages).toBe(3);
    const facts = await readCacheFacts(await first.bg.cache.db());
    expect(facts.scans).toHaveLength(8);
    const cursor = facts.sync.pass?.cursor;
    expect(cursor).toBeTruthy();

    api.log.length = 0;
    const second = first.restart();
    expect((await second.bg.sync.run()).outcome).toBe('ok');
    const pages = api.log.filter((l) => l.includes('/api/v1/scans?'));
    expect(pages[0]).toContain(`cursor=${encodeURIComponent(cursor!)}`);
    expect(pages).toHaveLength(2);
    expect((await counts(second)).scans).toBe(13);
    expect((await readCacheFacts(await second.bg.cache.db())).sync.pendingDetails).toEqual([]);
  });

  it('raises exactly one notification per failure transition, across restarts', async () => {
    const t = await setUp();
    await t.bg.sync.run();
    await api.control('transition', { scanId: 's-running-1', lifecycle: 'submission_failed' });
    t.clock.now += 30_000;
    await t.bg.sync.run();
    expect(t.browser.notifications.shown.map((n) => n.id)).toEqual(['scansight:scan:s-running-1']);
    const shown = t.browser.notifications.shown[0]!;
    expect(shown.title).toContain('Submission Error');
    expect(shown.buttons?.map((b) => b.title)).toEqual(['Open', 'Re-run']);

    t.clock.now += 30_000;
    await t.bg.sync.run();
    const restarted = t.restart();
    restarted.clock.now += 30_000;
    await restarted.bg.sync.run();
    expect(t.browser.notifications.shown).toHaveLength(1);
    const ledger = await readLedger(await restarted.bg.cache.db());
    expect(ledger.map((e) => [e.key, e.outcome])).toEqual([['s-running-1:broken', 'shown']]);
  });
});
