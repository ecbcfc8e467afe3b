/**
 * The background entry: wires listeners and alarms, synchronously at top level (MV3 may start the
 * worker for any event; a listener registered after an await misses it). Logic lives elsewhere;
 * every state that must outlive the worker is in IndexedDB or storage, never only here.
 */
import type { Runtime } from 'webextension-polyfill';
import { ext as browser } from '../platform/extension-api.ts';
import * as v from 'valibot';
import { createCacheHandle } from '../cache/open-cache.ts';
import { createAlarms } from '../platform/alarms.ts';
import { createBadge } from '../platform/action-badge.ts';
import { createNotifications } from '../platform/notifications.ts';
import { createStorage } from '../platform/storage.ts';
import { createTabs } from '../platform/tabs.ts';
import { createRuntime } from '../platform/runtime.ts';
import { onOriginsChanged } from '../platform/permissions.ts';
import { lazyNamespace } from '../platform/lazy-namespace.ts';
import { createBackground } from './create-background.ts';
import { SYNC_ALARM } from './sync-alarm.ts';
import { handleMessage } from './handle-message.ts';
import { EnvelopeSchema } from './message-schemas.ts';
import { onNotificationAction } from './notification-actions.ts';
import { loadSettings } from './settings-store.ts';
import { broadcastChange } from './broadcast.ts';
import { reconcileOverlayRegistration } from './overlay-registration.ts';
import { createDebugHook } from './debug-hook.ts';
import { healPopupView } from './views/popup-view-writer.ts';

// Every imported module is loaded and evaluated here: the module graph's share of a wake (bench/worker.ts).
performance.mark('scansight:worker-imports');
const runtime = createRuntime(browser.runtime);
// Firefox has no notification buttons (and says so by having getBrowserInfo, which Chrome lacks).
const isFirefox = typeof (browser.runtime as { getBrowserInfo?: unknown }).getBrowserInfo === 'function';
const storage = createStorage(browser.storage.local, browser.storage.managed);

const bg = createBackground({
  // A database rebuilt (dropped by the browser, or replaced) has no popup view yet.
  cache: createCacheHandle({ onEvent: (event) => event === 'rebuilt' && healSoon() }),
  ports: {
    alarms: createAlarms(browser.alarms),
    // Touched at the first badge update or tab action, not at every start of the worker.
    badge: createBadge(lazyNamespace(() => browser.action)),
    notifications: createNotifications(browser.notifications, { iconUrl: runtime.url('icons/icon-128.png'), supportsButtons: !isFirefox }),
    storage,
    tabs: createTabs(lazyNamespace(() => browser.tabs), lazyNamespace(() => browser.windows)),
    runtime,
  },
  now: () => Date.now(),
  online: () => navigator.onLine,
  random: () => Math.random(),
  onSettingsSaved: (settings) => reconcileOverlayRegistration(settings),
});

async function reconcileOverlay(options: { injectOpenTabs?: boolean } = {}): Promise<void> {
  const { settings } = await loadSettings(storage);
  await reconcileOverlayRegistration(settings, options);
}

/** A pass soon: joins one in progress (a timer or a start-up needs no pass newer than the trigger). */
const syncSoon = () => void bg.sync.join().catch(() => undefined);
/** How long after a start the popup's view is checked (the worker lives ≥ 30 s after its last event). */
const HEAL_DELAY_MS = 3_000;
/** Writes the popup's view anew unless it is current (popup-view.ts: how a worker stopped mid-change heals). */
function healSoon(): void {
  void loadSettings(storage).then(({ settings }) => healPopupView(bg, settings)).catch(() => undefined);
}

browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === SYNC_ALARM) syncSoon();
});

browser.runtime.onMessage.addListener(((message: unknown, sender: Runtime.MessageSender, sendResponse: (response: unknown) => void) => {
  // Not one of ours (e.g. another context's broadcast): stay silent so nobody waits on us.
  if (!v.is(EnvelopeSchema, message)) return undefined;
  // Chromium's own API ignores a returned promise: answer through sendResponse, keeping the channel open.
  void handleMessage(bg, message, sender).then(sendResponse, () => sendResponse({ ok: false, error: 'internal' }));
  return true;
}) as unknown as Parameters<typeof browser.runtime.onMessage.addListener>[0]);

browser.notifications.onClicked.addListener((id) => void onNotificationAction(bg, id).catch(() => undefined));
browser.notifications.onButtonClicked?.addListener((id, index) => void onNotificationAction(bg, id, index).catch(() => undefined));

browser.runtime.onInstalled.addListener(() => {
  void reconcileOverlay({ injectOpenTabs: true }).catch(() => undefined);
  syncSoon();
});
browser.runtime.onStartup.addListener(() => {
  void reconcileOverlay().catch(() => undefined);
  syncSoon();
});

onOriginsChanged(() => void reconcileOverlay().catch(() => undefined));

browser.storage.onChanged.addListener((_changes, area) => {
  // A policy changed under us: re-apply it everywhere.
  if (area !== 'managed') return;
  void (async () => {
    const { settings } = await loadSettings(storage);
    await reconcileOverlayRegistration(settings);
    await broadcastChange(bg, 'settings', settings);
    await bg.sync.run();
  })().catch(() => undefined);
});

// A worker woken by anything else still makes sure the next sync is scheduled.
void createAlarms(browser.alarms).scheduledTime(SYNC_ALARM).then((at) => {
  if (at === null) syncSoon();
});

// Not at once: whatever woke the worker (a popup asking for its first screen) goes first.
setTimeout(healSoon, HEAL_DELAY_MS);

// Test-only: the e2e/bench build's hook for driving the worker; absent (tree-shaken) in production.
if (__SCANSIGHT_DEBUG__) (globalThis as { __scansight?: unknown }).__scansight = createDebugHook(bg);

// The end of top-level evaluation: what each wake of the worker costs before it can answer (bench/worker.ts).
performance.mark('scansight:worker-evaluated');
