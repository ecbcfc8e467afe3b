/**
 * Two {@link TokenStore}s: one in memory (tests, or no persistent store), and one over a string
 * secret slot such as the background's IndexedDB secrets (`readSecret` / `writeSecret`).
 */
import * as v from 'valibot';
import type { TokenPair, TokenStore } from './token-manager.ts';

const StoredPair = v.object({ access: v.string(), refresh: v.string(), owner: v.optional(v.string()) });

/** Keeps the pair for the life of the worker only. */
export function memoryTokenStore(): TokenStore {
  let pair: TokenPair | null = null;
  return {
    load: async () => pair,
    save: async (next) => {
      pair = next;
    },
  };
}

/** Stores the pair as JSON in a string slot; an unreadable stored value counts as no pair. */
export function stringTokenStore(read: () => Promise<string | undefined>, write: (value: string) => Promise<void>): TokenStore {
  return {
    async load() {
      const text = await read();
      if (!text) return null;
      try {
        const parsed = v.safeParse(StoredPair, JSON.parse(text));
        return parsed.success ? parsed.output : null;
      } catch {
        return null;
      }
    },
    save: (pair) => write(JSON.stringify(pair)),
  };
}
