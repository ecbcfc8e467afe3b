/**
 * Thin adapter over extension storage for non-secret settings: storage.local, and storage.managed
 * (policy set by an organization). Never used for the token.
 */
import type { Storage } from 'webextension-polyfill';

export interface StoragePort {
  readLocal(key: string): Promise<unknown>;
  writeLocal(key: string, value: unknown): Promise<void>;
  /** Policy values; empty when there is no policy or the browser has no managed storage. */
  readManaged(): Promise<Record<string, unknown>>;
}

/** Wraps `browser.storage.local` and `browser.storage.managed`. */
export function createStorage(local: Pick<Storage.StorageArea, 'get' | 'set'>, managed: Pick<Storage.StorageArea, 'get'> | undefined): StoragePort {
  return {
    async readLocal(key) {
      return (await local.get(key))[key];
    },
    async writeLocal(key, value) {
      await local.set({ [key]: value });
    },
    async readManaged() {
      try {
        return (await managed?.get(null)) ?? {};
      } catch {
        // Firefox rejects when no policy is installed: that simply means "no policy".
        return {};
      }
    },
  };
}
