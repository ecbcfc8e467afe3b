/**
 * Thin adapter over storage.local for small UI preferences (popup filters and the like).
 * No decisions here: callers validate what they read back.
 */
import { ext as browser } from './extension-api.ts';

/** The raw value stored under `key`, or undefined when none is. */
export async function readLocalPref(key: string): Promise<unknown> {
  const stored = await browser.storage.local.get(key);
  return stored[key];
}

/** Stores `value` (JSON-serialisable) under `key`. */
export async function writeLocalPref(key: string, value: unknown): Promise<void> {
  await browser.storage.local.set({ [key]: value });
}
