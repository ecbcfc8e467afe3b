/** Thin adapter over tabs and windows: find, focus, open and message tabs. No decisions here. */
import type { Tabs, Windows } from 'webextension-polyfill';

export interface TabInfo {
  id: number;
  windowId: number;
  url: string | undefined;
}

export interface TabsPort {
  /** Tabs whose URL matches the match pattern (needs host permission for that origin to see URLs). */
  query(urlPattern: string): Promise<TabInfo[]>;
  /** Navigates tab `tab` to `url` and brings it and its window to the front. */
  focus(tab: TabInfo, url: string): Promise<void>;
  open(url: string): Promise<void>;
  /** Sends `message` to a tab's content script; a tab without one is ignored. */
  send(tabId: number, message: unknown): Promise<void>;
  /**
   * The URL of the tab the user is looking at: the active tab of the browser window that has the
   * focus. Undefined when no browser window has it (the user is in another app) or the URL is not
   * readable (no host permission for its origin).
   */
  frontUrl(): Promise<string | undefined>;
}

/** Wraps `browser.tabs` and `browser.windows`. */
export function createTabs(tabs: Pick<Tabs.Static, 'query' | 'update' | 'create' | 'sendMessage'>, windows: Pick<Windows.Static, 'update' | 'getLastFocused'> | undefined): TabsPort {
  return {
    async query(urlPattern) {
      const found = await tabs.query({ url: urlPattern });
      return found.filter((t) => t.id !== undefined).map((t) => ({ id: t.id!, windowId: t.windowId ?? -1, url: t.url }));
    },
    async focus(tab, url) {
      await tabs.update(tab.id, { url, active: true });
      if (tab.windowId >= 0) await windows?.update(tab.windowId, { focused: true });
    },
    async open(url) {
      await tabs.create({ url });
    },
    async send(tabId, message) {
      try {
        await tabs.sendMessage(tabId, message);
      } catch {
        // No content script in that tab (not injected, or the page is reloading).
      }
    },
    async frontUrl() {
      const window = await windows?.getLastFocused();
      if (!window?.focused || window.id === undefined) return undefined;
      const [tab] = await tabs.query({ active: true, windowId: window.id });
      return tab?.url;
    },
  };
}
