/** A background wired to a fake browser, fake-indexeddb and a hand-driven clock, through the real adapters. */
import { createCacheHandle } from '../../cache/open-cache.ts';
import { closeSecrets } from '../../cache/secrets.ts';
import { freshIndexedDb } from '../../cache/test/fresh-idb.ts';
import { createAlarms } from '../../platform/alarms.ts';
import { createBadge } from '../../platform/action-badge.ts';
import { createNotifications } from '../../platform/notifications.ts';
import { createStorage } from '../../platform/storage.ts';
import { createTabs } from '../../platform/tabs.ts';
import { createRuntime } from '../../platform/runtime.ts';
import { t } from '../../platform/testing/fake-i18n.ts';
import type { Settings } from '../../messages.ts';
import { createBackground } from '../create-background.ts';
import type { Background } from '../context.ts';
import { saveCredentials } from '../credentials.ts';
import { DEFAULT_SETTINGS } from '../settings-schema.ts';
import { createFakeBrowser, type FakeBrowser } from './fake-browser.ts';
import { resetOverlayMemo } from '../views/overlay-memo.ts';
import { closeSettingsDb, writeStoredSettings } from '../../cache/settings-db.ts';

export interface TestBackground {
  bg: Background;
  browser: FakeBrowser;
  clock: { now: number };
  network: { online: boolean };
  /** A new worker over the same databases and browser (the old one was "stopped"). */
  restart(): TestBackground;
}

/** Resets IndexedDB (call once per test, before building). */
export function resetStorage(): void {
  closeSecrets();
  closeSettingsDb();
  freshIndexedDb();
}

/** Builds a background; `browser` and `clock` are shared when restarting. */
export function createTestBackground(options: { browser?: FakeBrowser; clock?: { now: number }; network?: { online: boolean }; buttons?: boolean; timeoutMs?: number; pageLimit?: number; fetch?: typeof fetch } = {}): TestBackground {
  const browser = options.browser ?? createFakeBrowser();
  const clock = options.clock ?? { now: Date.parse('2026-03-01T12:00:00.000Z') };
  const network = options.network ?? { online: true };
  const runtime = createRuntime(browser.runtime as never);
  const bg = createBackground({
    cache: createCacheHandle(),
    ports: {
      alarms: createAlarms(browser.alarms as never),
      badge: createBadge(browser.action as never, t),
      notifications: createNotifications(browser.notifications as never, { iconUrl: runtime.url('icons/icon-128.png'), supportsButtons: options.buttons ?? true, t }),
      storage: createStorage(browser.local as never, browser.managed as never),
      tabs: createTabs(browser.tabs as never, browser.windows as never),
      runtime,
    },
    now: () => clock.now,
    online: () => network.online,
    random: () => 0.5,
    sourceOptions: { timeoutMs: options.timeoutMs ?? 2_000, pageLimit: options.pageLimit ?? 100, ...(options.fetch ? { fetch: options.fetch } : {}) },
  });
  const made: TestBackground = {
    bg, browser, clock, network,
    restart: () => {
      bg.cache.close();
      // A new worker starts with no module state: nothing memoized in memory.
      resetOverlayMemo();
      return createTestBackground({ ...options, browser, clock, network });
    },
  };
  return made;
}

/** Stores settings and a token the way the options page would. */
export async function configure(_browser: FakeBrowser, settings: Partial<Settings>, token: string): Promise<Settings> {
  const full = { ...DEFAULT_SETTINGS, ...settings };
  await writeStoredSettings(full);
  await saveCredentials(full.apiUrl, { token });
  return full;
}
