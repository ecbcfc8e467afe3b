/** Thin adapter over runtime: identity, broadcasts to extension pages, the options page. */
import type { Runtime } from 'webextension-polyfill';

export interface RuntimePort {
  readonly id: string;
  /** The extension's own origin, e.g. `chrome-extension://<id>`. */
  readonly origin: string;
  url(path: string): string;
  /** Sends `message` to every open extension page; "no receiver" is not an error. */
  broadcast(message: unknown): Promise<void>;
  openOptionsPage(): Promise<void>;
}

/** Wraps `browser.runtime`. */
export function createRuntime(api: Pick<Runtime.Static, 'id' | 'getURL' | 'sendMessage' | 'openOptionsPage'>): RuntimePort {
  return {
    id: api.id,
    // Not URL.origin: for non-special schemes (moz-extension:) some engines answer "null".
    origin: api.getURL('').replace(/\/$/, ''),
    url: (path) => api.getURL(path),
    async broadcast(message) {
      try {
        await api.sendMessage(message);
      } catch {
        // "Could not establish connection. Receiving end does not exist": no page is open.
      }
    },
    async openOptionsPage() {
      await api.openOptionsPage();
    },
  };
}
