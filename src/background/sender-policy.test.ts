import { describe, expect, it } from 'vitest';
import { senderKind, type SenderInfo } from './sender-policy.ts';

const ctx = { extensionId: 'ext', extensionOrigin: 'chrome-extension://ext', dashboardOrigin: 'https://dash.example.com' };
const popup = { id: 'ext', url: 'chrome-extension://ext/src/popup/index.html' };
const optionsTab = { id: 'ext', url: 'chrome-extension://ext/src/options/index.html', tab: { id: 3 } };
const content = { id: 'ext', url: 'https://dash.example.com/app/projects', tab: { id: 4 } };

describe('senderKind', () => {
  it.each<[string, SenderInfo, 'popup/rows' | 'overlay/data' | 'options/get', string | null]>([
    ['the popup, any message', popup, 'options/get', 'extension'],
    ['the options page in a tab', optionsTab, 'popup/rows', 'extension'],
    ['a dashboard content script, overlay data', content, 'overlay/data', 'content'],
    ['a dashboard content script, anything else', content, 'options/get', null],
    ['a content script on another origin', { ...content, url: 'https://evil.example.net/' }, 'overlay/data', null],
    ['a look-alike origin', { ...content, url: 'https://dash.example.com.evil.net/' }, 'overlay/data', null],
    ['another extension', { ...popup, id: 'other' }, 'popup/rows', null],
    ['no URL', { id: 'ext' }, 'popup/rows', null],
    ['an iframe of another origin in the dashboard tab', { ...content, url: 'https://ads.example.org/frame' }, 'overlay/data', null],
  ])('%s', (_name, sender, message, expected) => {
    expect(senderKind(sender, message, ctx)).toBe(expected);
  });

  it('refuses content scripts when no dashboard is configured', () => {
    expect(senderKind(content, 'overlay/data', { ...ctx, dashboardOrigin: null })).toBeNull();
  });
});
