/**
 * Fuzzing the background's message handler as a compromised dashboard renderer would: arbitrary
 * messages claiming to come from a content script, and from senders that are not ScanSight at all.
 * Nothing privileged may happen (storage, secrets, cache, tabs, notifications, alarms, network all
 * unchanged) and no reply may ever contain the token.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { startReferenceServer, type ReferenceServer } from '../../server/start-server.ts';
import { readSecret } from '../cache/secrets.ts';
import { handleMessage } from './handle-message.ts';
import { REQUEST_SCHEMAS } from './message-schemas.ts';
import { DEFAULT_SETTINGS } from './settings-schema.ts';
import { configure, createTestBackground, resetStorage, type TestBackground } from './test/test-background.ts';
import { checkProperty } from '../testing/check-property.ts';
import type { MessageName } from '../messages.ts';

const TOKEN = 'tok-fuzz-7Qz9-never-echo';
const EXTENSION_ORIGIN = 'chrome-extension://scansight-test-id';
let server: ReferenceServer;
let t: TestBackground;
const requests: string[] = [];

beforeAll(async () => {
  resetStorage();
  server = await startReferenceServer({ port: 0, scenario: 'seed', speed: 0, token: TOKEN, dashboard: false });
  const recording: typeof fetch = (input, init) => {
    requests.push(String(input));
    return fetch(input, init);
  };
  t = createTestBackground({ fetch: recording });
  await configure(t.browser, { apiUrl: server.url, dashboardUrl: `${server.url}/app/` }, TOKEN);
  await t.bg.sync.run();
});
afterAll(() => server.close());

/**
 * Everything a privileged message could change, as comparable JSON. The cache is fingerprinted by its
 * store sizes, marks, preferences and sync state (what clear, acknowledge, mute, snooze and sync write),
 * which keeps a thousand comparisons cheap.
 */
async function privilegedState(): Promise<string> {
  const db = await t.bg.cache.db();
  const b = t.browser;
  const stores = ['projects', 'scans', 'jobs', 'errors', 'integrations', 'ledger'] as const;
  return JSON.stringify({
    local: b.local.data,
    secrets: [await readSecret('token'), await readSecret('password'), await readSecret('origin')],
    cache: [await Promise.all(stores.map((s) => db.count(s))), await db.getAll('marks'), await db.getAll('projectPrefs'), await db.get('sync', 'state')],
    tabs: b.tabs.tabs, sentToTabs: b.tabs.sent, shown: b.notifications.shown, cleared: b.notifications.cleared,
    alarms: [...b.alarms.alarms], badge: [b.action.text, b.action.title], options: b.runtime.optionsOpened, requests: requests.length,
  });
}

const NAMES = Object.keys(REQUEST_SCHEMAS) as MessageName[];
const id = fc.oneof(fc.constantFrom('s-invalid-credentials-1', 'p-partial-36', 's-running-1'), fc.string({ maxLength: 8 }));
const settingsArb = fc.record({ apiUrl: fc.constantFrom('https://evil.example.net', 'http://127.0.0.1:1'), dashboardUrl: fc.constantFrom('', 'https://evil.example.net/') })
  .map((s) => ({ ...DEFAULT_SETTINGS, ...s }));
/** Payloads shaped like the real ones (so validation passes and only the sender check stands), or anything. */
const payloadArb = fc.oneof(
  fc.record({ scanId: id, acknowledged: fc.boolean() }, { requiredKeys: ['scanId'] }),
  fc.record({ projectId: id, muted: fc.boolean() }),
  fc.record({ projectId: id, until: fc.constant(null) }),
  fc.record({ settings: settingsArb, credentials: fc.record({ token: fc.constant('attacker') }, { requiredKeys: [] }) }, { requiredKeys: ['settings'] }),
  fc.record({ page: fc.constantFrom('projects', 'history', 'errors'), projectId: id }, { requiredKeys: [] }),
  fc.record({ url: fc.oneof(fc.webUrl(), fc.constant('DASHBOARD')) }),
  fc.constant({}),
  fc.anything(),
);
const messageArb = fc.oneof(
  { arbitrary: fc.record({ type: fc.constantFrom(...NAMES), payload: payloadArb }), weight: 6 },
  fc.record({ type: fc.string(), payload: payloadArb }),
  fc.anything(),
);
const webUrl = fc.oneof(fc.constant('DASHBOARD'), fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.string(), fc.constant(undefined));

function resolve(value: unknown): unknown {
  const dashboard = `${server.url}/app/projects`;
  return JSON.parse(JSON.stringify(value ?? null).replaceAll('"DASHBOARD"', JSON.stringify(dashboard)));
}

describe('the message handler, fuzzed', () => {
  it('a content script\'s arbitrary messages have no privileged effect and never get the token', async (ctx) => {
    const before = await privilegedState();
    const senderArb = fc.record({ url: webUrl, tab: fc.record({ id: fc.nat() }), frameId: fc.nat(3) });
    await checkProperty(ctx, 'message handler: content-script senders', fc.asyncProperty(messageArb, senderArb, async (message, sender) => {
      const url = resolve(sender.url) as string | null;
      fc.pre(!String(url).startsWith(EXTENSION_ORIGIN));
      const reply = await handleMessage(t.bg, resolve(message), { id: 'scansight-test-id', ...(url ? { url } : {}), tab: sender.tab });
      const type = (message as { type?: unknown } | null)?.type;
      expect(JSON.stringify(reply ?? null)).not.toContain(TOKEN);
      if (type !== 'overlay/data' && reply !== undefined) expect(reply).toMatchObject({ ok: false });
      expect(await privilegedState()).toBe(before);
    }));
  });

  it('senders that are not ScanSight get nothing but a refusal or silence', async (ctx) => {
    const before = await privilegedState();
    const senderArb = fc.record({ id: fc.oneof(fc.string(), fc.constant(undefined), fc.constant('another-extension')), url: webUrl, tab: fc.option(fc.record({ id: fc.nat() }), { nil: undefined }) });
    await checkProperty(ctx, 'message handler: foreign senders', fc.asyncProperty(messageArb, senderArb, async (message, sender) => {
      fc.pre(sender.id !== 'scansight-test-id');
      const url = resolve(sender.url) as string | null;
      const reply = await handleMessage(t.bg, resolve(message), { ...sender, ...(url ? { url } : { url: undefined }) });
      expect([undefined, JSON.stringify({ ok: false, error: 'forbidden' })]).toContain(reply === undefined ? undefined : JSON.stringify(reply));
      expect(await privilegedState()).toBe(before);
    }));
  });
});
