import { beforeEach, describe, expect, it } from 'vitest';
import { freshIndexedDb } from '../cache/test/fresh-idb.ts';
import { createCacheHandle } from '../cache/open-cache.ts';
import { readCacheFacts, readLedger } from '../cache/read-cache.ts';
import { writeScanDetails, writeScanPage } from '../cache/write-facts.ts';
import { setAcknowledged, setProjectPref } from '../cache/marks.ts';
import type { CacheDb } from '../cache/schema.ts';
import { SEED_CAPABILITIES } from '../core/remediation.ts';
import type { Settings } from '../messages.ts';
import { createNotifications } from '../platform/notifications.ts';
import { t } from '../platform/testing/fake-i18n.ts';
import { errorLog, job, scan } from '../cache/test/fixtures.ts';
import { FakeNotifications } from './test/fake-browser.ts';
import { notifyRound, BASELINE_GAP_MS } from './notify-round.ts';
import { DEFAULT_SETTINGS } from './settings-schema.ts';

const now = Date.parse('2026-03-01T12:00:00.000Z');
let db: CacheDb;
let fake: FakeNotifications;

beforeEach(async () => {
  freshIndexedDb();
  db = await createCacheHandle().db();
  fake = new FakeNotifications();
});

/** Caches one project per id, each with one scan whose single job has `status`. */
async function cacheScans(ids: string[], status: string): Promise<void> {
  await writeScanPage(db, { since: null, cursor: null, maxUpdatedAt: null }, {
    scans: ids.map((id) => scan(id, { projectId: `p-${id}`, updatedAt: '2026-03-01T11:00:00.000Z' })),
    nextCursor: null, etag: null,
  });
  for (const id of ids) await writeScanDetails(db, id, { items: [job('j', id, { status })], etag: null }, { items: [], etag: null });
}

async function round(settings: Partial<Settings> = {}, options: { at?: number; previousSuccessAt?: string | null; buttons?: boolean; frontUrl?: string } = {}) {
  const facts = await readCacheFacts(db);
  const at = options.at ?? now;
  return notifyRound(db, createNotifications(fake as never, { iconUrl: 'x', supportsButtons: options.buttons ?? true, t }), {
    facts, settings: { ...DEFAULT_SETTINGS, ...settings }, capabilities: SEED_CAPABILITIES, now: at,
    previousSuccessAt: options.previousSuccessAt ?? new Date(at - 60_000).toISOString(),
    frontUrl: async () => options.frontUrl,
  });
}

describe('notifyRound', () => {
  it('takes a baseline on the first round: history is not news', async () => {
    await cacheScans(['a'], 'failed');
    expect(await round()).toEqual([]);
    expect(fake.shown).toEqual([]);
  });

  it('notifies a failure once, with Open and Re-run, and records it', async () => {
    await cacheScans(['a'], 'running');
    await round();
    await cacheScans(['a'], 'failed');
    await round();
    await round();
    expect(fake.shown.map((n) => [n.id, n.title, n.buttons?.map((b) => b.title)])).toEqual([['scansight:scan:a', 'Failed: p-a', ['Open', 'Re-run']]]);
    expect((await readLedger(db)).map((e) => [e.key, e.outcome])).toEqual([['a:broken', 'shown']]);
  });

  it('shows no buttons where the browser has none (Firefox)', async () => {
    await cacheScans(['a'], 'running');
    await round({}, { buttons: false });
    await cacheScans(['a'], 'failed');
    await round({}, { buttons: false });
    expect(fake.shown[0]?.buttons).toBeUndefined();
  });

  it('folds more than three transitions into one summary', async () => {
    const ids = ['a', 'b', 'c', 'd'];
    await cacheScans(ids, 'running');
    await round();
    await cacheScans(ids, 'failed');
    await round();
    expect(fake.shown.map((n) => n.id)).toEqual(['scansight:summary']);
    expect(fake.shown[0]?.title).toBe('ScanSight: 4 scans changed');
    expect((await readLedger(db))).toHaveLength(4);
  });

  it('holds back muted, snoozed, acknowledged and quiet-hours transitions, and never shows them later', async () => {
    await cacheScans(['m', 's', 'k'], 'running');
    await round();
    await setProjectPref(db, 'p-m', { muted: true });
    await setProjectPref(db, 'p-s', { snoozedUntil: new Date(now + 3_600_000).toISOString() });
    await setAcknowledged(db, 'k', true, new Date(now).toISOString());
    await cacheScans(['m', 's', 'k'], 'failed');
    await round();
    expect(fake.shown).toEqual([]);
    expect(Object.fromEntries((await readLedger(db)).map((e) => [e.scanId, e.outcome]))).toEqual({ m: 'muted', s: 'snoozed', k: 'acknowledged' });
  });

  it('respects quiet hours and the rules', async () => {
    await cacheScans(['q'], 'running');
    await round();
    await cacheScans(['q'], 'failed');
    const hour = new Date(now).getHours();
    const quietHours = { start: `${String(hour).padStart(2, '0')}:00`, end: `${String((hour + 1) % 24).padStart(2, '0')}:00` };
    await round({ notifications: { ...DEFAULT_SETTINGS.notifications, quietHours } });
    expect(fake.shown).toEqual([]);
    expect((await readLedger(db))[0]?.outcome).toBe('quiet_hours');
  });

  it("names the cause its error logs show on a line of its own, at most two kinds", async () => {
    await cacheScans(['c', 'd'], 'running');
    await round();
    await cacheScans(['c', 'd'], 'failed');
    await writeScanDetails(db, 'c', { items: [job('j', 'c', { status: 'failed' })], etag: null }, {
      items: [errorLog('c-e1', 'c', { message: 'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.' })], etag: null,
    });
    await writeScanDetails(db, 'd', { items: [job('j', 'd', { status: 'failed' })], etag: null }, {
      items: [
        errorLog('e1', 'd', { message: 'Rate exceeded', at: '2026-03-01T11:00:00.000Z' }),
        errorLog('e2', 'd', { message: 'User: arn:aws:iam::123456789012:user/x is not authorized to perform: ec2:DescribeInstances', at: '2026-03-01T11:01:00.000Z' }),
        errorLog('e3', 'd', { message: 'Traceback (most recent call last)', at: '2026-03-01T11:02:00.000Z' }),
      ], etag: null,
    });
    await round();
    const byId = Object.fromEntries(fake.shown.map((n) => [n.id, n.message.split('\n')]));
    expect(byId['scansight:scan:c']?.[1]).toBe('Invalid credentials (InvalidClientTokenId)');
    expect(byId['scansight:scan:d']?.[1]).toBe('Temporary — re-run · Missing permission: ec2:DescribeInstances …');
  });

  it('adds no cause line when the failed scan logged no error', async () => {
    await cacheScans(['n'], 'running');
    await round();
    await cacheScans(['n'], 'failed');
    await round();
    expect(fake.shown[0]?.message).not.toContain('\n');
  });

  it("holds back a transition whose dashboard page is in front of the user, and records it as seen", async () => {
    await cacheScans(['v', 'w'], 'running');
    await round();
    await cacheScans(['v', 'w'], 'failed');
    const dashboardUrl = 'http://127.0.0.1:8787/app/';
    await round({ dashboardUrl }, { frontUrl: 'http://127.0.0.1:8787/app/projects/p-v/history?scan=v' });
    expect(fake.shown.map((n) => n.id)).toEqual(['scansight:scan:w']);
    expect(Object.fromEntries((await readLedger(db)).map((e) => [e.scanId, e.outcome]))).toEqual({ v: 'in_front', w: 'shown' });
    // Seen is seen: the next round does not show it either.
    await round({ dashboardUrl });
    expect(fake.shown).toHaveLength(1);
  });

  it('holds back nothing while the user looks at the Projects page of another dashboard, or at none', async () => {
    await cacheScans(['x'], 'running');
    await round();
    await cacheScans(['x'], 'failed');
    await round({ dashboardUrl: 'http://127.0.0.1:8787/app/' }, { frontUrl: 'http://127.0.0.1:9999/app/projects' });
    expect(fake.shown.map((n) => n.id)).toEqual(['scansight:scan:x']);
  });

  it('a fix is only announced when asked for', async () => {
    await cacheScans(['f'], 'failed');
    await round();
    await cacheScans(['f'], 'succeeded');
    await round();
    expect(fake.shown).toEqual([]);
    expect((await readLedger(db))[0]).toMatchObject({ kind: 'fixed', outcome: 'rule_off' });
  });

  it('takes a new baseline after a long gap without a successful sync', async () => {
    await cacheScans(['g'], 'running');
    await round();
    await cacheScans(['g'], 'failed');
    await round({}, { previousSuccessAt: new Date(now - BASELINE_GAP_MS - 1).toISOString() });
    expect(fake.shown).toEqual([]);
    expect(await readLedger(db)).toEqual([]);
  });

  it('does not judge a scan whose jobs are not fetched yet', async () => {
    await cacheScans(['p'], 'running');
    await round();
    // The scan changed, its new jobs are pending: without them it would look like "no jobs created".
    await writeScanPage(db, { since: null, cursor: null, maxUpdatedAt: null }, { scans: [scan('p', { projectId: 'p-p', updatedAt: '2026-03-01T11:59:00.000Z' })], nextCursor: null, etag: null });
    await round();
    expect(fake.shown).toEqual([]);
    expect((await readCacheFacts(db)).sync.snapshot?.[0]?.status).toBe('running');
  });
});

describe('backfill', () => {
  it('treats scans that arrive during an incomplete first sync as history, and new runs after it as news', async () => {
    await cacheScans(['a'], 'failed');
    // A second project's scan arrives, its jobs still pending: the cache is not complete yet.
    await writeScanPage(db, { since: null, cursor: null, maxUpdatedAt: null }, { scans: [scan('b', { projectId: 'p-b' })], nextCursor: null, etag: null });
    await round();
    expect((await readCacheFacts(db)).sync.backfilled).toBe(false);
    // Its jobs arrive: an old failure, not news.
    await writeScanDetails(db, 'b', { items: [job('j', 'b', { status: 'failed' })], etag: null }, { items: [], etag: null });
    await round();
    expect(fake.shown).toEqual([]);
    expect((await readCacheFacts(db)).sync.backfilled).toBe(true);
    // A run created after the backfill that fails is news.
    await writeScanPage(db, { since: null, cursor: null, maxUpdatedAt: null }, {
      scans: [scan('c', { projectId: 'p-c', createdAt: '2026-03-01T11:30:00.000Z' })], nextCursor: null, etag: null,
    });
    await writeScanDetails(db, 'c', { items: [job('j', 'c', { status: 'failed' })], etag: null }, { items: [], etag: null });
    await round();
    expect(fake.shown.map((n) => n.id)).toEqual(['scansight:scan:c']);
  });
});
