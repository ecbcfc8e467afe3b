import { beforeEach, describe, expect, it } from 'vitest';
import { handleMessage } from '../handle-message.ts';
import { onNotificationAction } from '../notification-actions.ts';
import { createTestBackground, resetStorage, type TestBackground } from '../test/test-background.ts';

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
