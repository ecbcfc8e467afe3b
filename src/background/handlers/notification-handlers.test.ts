import { beforeEach, describe, expect, it } from 'vitest';
import { handleMessage } from '../handle-message.ts';
import { onNotificationAction } from '../notification-actions.ts';
import { createTestBackground, resetStorage, type TestBackground } from '../test/test-background.ts';
import { commitNotifierRound } from '../../cache/notifier-ledger.ts';
import { writeCollection, writeScanPage } from '../../cache/write-facts.ts';
import { project, scan } from '../../cache/test/fixtures.ts';

const popup = { id: 'scansight-test-id', url: 'chrome-extension://scansight-test-id/src/options/index.html' };
let t: TestBackground;

beforeEach(() => {
  resetStorage();
  t = createTestBackground();
});

const test = () => handleMessage(t.bg, { type: 'notifications/test', payload: {} }, popup);

describe('notifications/test', () => {
  it("shows a test notification with the extension's texts and the browser's permission", async () => {
    expect(await test()).toEqual({ ok: true, permission: 'granted', shown: true });
    expect(t.browser.notifications.shown).toEqual([{ id: 'scansight:test', title: 'ScanSight: test notification', message: 'Notifications get through. A failed scan will show up like this.' }]);
  });

  it('clears the previous test first, so a second test shows again', async () => {
    await test();
    await test();
    expect(t.browser.notifications.cleared).toEqual(['scansight:test', 'scansight:test']);
    expect(t.browser.notifications.shown).toHaveLength(2);
  });

  it('says when the browser denies or refuses it', async () => {
    t.browser.notifications.level = 'denied';
    t.browser.notifications.refuse = true;
    expect(await test()).toEqual({ ok: true, permission: 'denied', shown: false });
  });

  it('is refused to a content script', async () => {
    expect(await handleMessage(t.bg, { type: 'notifications/test', payload: {} }, { id: 'scansight-test-id', url: 'https://dash.example.com/app/', tab: { id: 1 } })).toEqual({ ok: false, error: 'forbidden' });
  });

  it('a click on the test notification opens nothing', async () => {
    await test();
    await onNotificationAction(t.bg, 'scansight:test');
    expect(t.browser.tabs.tabs).toEqual([]);
  });
});

describe('notifications/recent', () => {
  const recent = () => handleMessage(t.bg, { type: 'notifications/recent', payload: {} }, popup);

  it('lists the newest ledger entries first, at most ten, with the names the cache knows', async () => {
    const db = await t.bg.cache.db();
    await writeCollection(db, 'projects', [project('p-1', { name: 'Checkout' })], null);
    await writeScanPage(db, { since: null, cursor: null, maxUpdatedAt: null }, { scans: [scan('s-1', { projectId: 'p-1', name: 'Nightly' })], nextCursor: null, etag: null });
    const entries = Array.from({ length: 12 }, (_, i) => ({
      key: `s-${i}:broken`, scanId: `s-${i}`, projectId: 'p-1', kind: 'broken', at: new Date(Date.UTC(2026, 2, 1, 12, i)).toISOString(), outcome: i === 1 ? 'in_front' : 'shown',
    }));
    await commitNotifierRound(db, [], entries, true);
    const answer = (await recent()) as Array<{ scanId: string; outcome: string; scanName: string | null; projectName: string | null }>;
    expect(answer.map((e) => e.scanId)).toEqual(['s-11', 's-10', 's-9', 's-8', 's-7', 's-6', 's-5', 's-4', 's-3', 's-2']);
    expect(answer.every((e) => e.projectName === 'Checkout')).toBe(true);
    await commitNotifierRound(db, [], [{ key: 's-1:fixed', scanId: 's-1', projectId: 'p-1', kind: 'fixed', at: '2026-03-02T00:00:00.000Z', outcome: 'rule_off' }], true);
    expect(((await recent()) as unknown[])[0]).toEqual({ at: '2026-03-02T00:00:00.000Z', kind: 'fixed', outcome: 'rule_off', scanId: 's-1', scanName: 'Nightly', projectName: 'Checkout' });
  });

  it('answers an empty list on a fresh cache', async () => {
    expect(await recent()).toEqual([]);
  });
});
