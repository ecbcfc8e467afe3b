/**
 * Thin adapter over extension storage for non-secret data: storage.local (only the settings of
 * earlier versions, migrated away on first load: see cache/settings-db.ts), storage.managed
 * (policy set by an organization). Never used for the token.
 */
import type { Storage } from 'webextension-polyfill';

export interface StoragePort {
  readLocal(key: string): Promise<unknown>;
  writeLocal(key: string, value: unknown): Promise<void>;
  removeLocal(key: string): Promise<void>;
  /** Policy values; empty when there is no policy or the browser has no managed storage. */
  readManaged(): Promise<Record<string, unknown>>;
}

type Area = Pick<Storage.StorageArea, 'get' | 'set'>;
type LocalArea = Area & Partial<Pick<Storage.StorageArea, 'remove'>>;

/** Wraps `browser.storage.local` and `browser.storage.managed`. */
export function createStorage(local: LocalArea, managed: Pick<Storage.StorageArea, 'get'> | undefined): StoragePort {
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
  };
}
