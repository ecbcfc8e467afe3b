/**
 * Thin adapter over extension storage for non-secret data: storage.local (only the settings of
 * earlier versions, migrated away on first load: see cache/settings-db.ts), storage.managed
 * (policy set by an organization) and storage.session (memos that may outlive the worker but not the
 * browser session; trusted contexts only, never content scripts). Never used for the token.
 */
import type { Storage } from 'webextension-polyfill';

export interface StoragePort {
  readLocal(key: string): Promise<unknown>;
  writeLocal(key: string, value: unknown): Promise<void>;
  removeLocal(key: string): Promise<void>;
  /** Policy values; empty when there is no policy or the browser has no managed storage. */
  readManaged(): Promise<Record<string, unknown>>;
  /** undefined when absent, or when the browser has no session storage. */
  readSession(key: string): Promise<unknown>;
  /** Does nothing where the browser has no session storage. */
  writeSession(key: string, value: unknown): Promise<void>;
  removeSession(key: string): Promise<void>;
}

type Area = Pick<Storage.StorageArea, 'get' | 'set'>;
type LocalArea = Area & Partial<Pick<Storage.StorageArea, 'remove'>>;

/** Wraps `browser.storage.local`, `browser.storage.managed` and `browser.storage.session`. */
export function createStorage(local: LocalArea, managed: Pick<Storage.StorageArea, 'get'> | undefined, session?: Area & Pick<Storage.StorageArea, 'remove'>): StoragePort {
  return {
    async readLocal(key) {
      return (await local.get(key))[key];
    },
    async writeLocal(key, value) {
      await local.set({ [key]: value });
    },
    async removeLocal(key) {
      await local.remove?.(key);
    },
    async readManaged() {
      try {
        return (await managed?.get(null)) ?? {};
      } catch {
        // Firefox rejects when no policy is installed: that simply means "no policy".
        return {};
      }
    },
    async readSession(key) {
      return session ? (await session.get(key))[key] : undefined;
    },
    async writeSession(key, value) {
      await session?.set({ [key]: value });
    },
    async removeSession(key) {
      await session?.remove(key);
    },
  };
}
