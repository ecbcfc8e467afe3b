/**
 * Settings (never the token): the user's values, kept in the extension-origin settings database
 * (cache/settings-db.ts, out of content scripts' reach), over the defaults, with policy values from
 * managed storage on top. Policy-set keys are reported as locked and cannot be saved over. Every load
 * validates every field: an invalid stored value falls back to its default and is reported.
 */
import * as v from 'valibot';
import type { Settings } from '../messages.ts';
import type { StoragePort } from '../platform/storage.ts';
import { readStoredSettings, writeStoredSettings } from '../cache/settings-db.ts';
import { DEFAULT_SETTINGS, MANAGED_KEYS, SettingsSchema } from './settings-schema.ts';

/** Where versions before the settings database kept them (readable by content scripts). */
const LEGACY_KEY = 'settings';

export interface LoadedSettings {
  settings: Settings;
  locked: Array<keyof Settings>;
  /** Stored values that failed validation on this load and were replaced by their defaults. */
  invalid: Array<keyof Settings>;
}

function managedOverrides(policy: Record<string, unknown>): { values: Partial<Settings>; locked: Array<keyof Settings> } {
  const values: Partial<Settings> = {};
  const locked: Array<keyof Settings> = [];
  for (const key of MANAGED_KEYS) {
    if (!(key in policy)) continue;
    // Each policy value is checked with the field's own schema; a bad one is ignored, not trusted.
    const result = v.safeParse(SettingsSchema.entries[key], policy[key]);
    if (result.success) {
      Object.assign(values, { [key]: result.output });
      locked.push(key);
    }
  }
  return { values, locked };
}

/** `stored` checked field by field: a valid field is kept, an invalid one falls back to its default and is named. */
export function validateSettings(stored: unknown): { settings: Settings; invalid: Array<keyof Settings> } {
  const keys = Object.keys(DEFAULT_SETTINGS) as Array<keyof Settings>;
  if (stored === undefined) return { settings: { ...DEFAULT_SETTINGS }, invalid: [] };
  // Not a record at all: every field falls back, and every field is reported.
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return { settings: { ...DEFAULT_SETTINGS }, invalid: keys };
  const record = stored as Record<string, unknown>;
  const settings = { ...DEFAULT_SETTINGS };
  const invalid: Array<keyof Settings> = [];
  for (const key of keys) {
    if (!(key in record)) continue;
    const result = v.safeParse(SettingsSchema.entries[key], record[key]);
    if (result.success) Object.assign(settings, { [key]: result.output });
    else invalid.push(key);
  }
  return { settings, invalid };
}

/** The stored record; on the first load after an upgrade, the one storage.local held, moved over. */
async function storedSettings(storage: StoragePort): Promise<unknown> {
  const stored = await readStoredSettings();
  if (stored !== undefined) return stored;
  const legacy = await storage.readLocal(LEGACY_KEY);
  if (legacy === undefined) return undefined;
  await writeStoredSettings(legacy);
  await storage.removeLocal(LEGACY_KEY);
  return legacy;
}

/** Reads the effective settings, the keys locked by policy and the stored values found invalid. */
export async function loadSettings(storage: StoragePort): Promise<LoadedSettings> {
  const [stored, policy] = await Promise.all([storedSettings(storage), storage.readManaged()]);
  const { settings, invalid } = validateSettings(stored);
  const { values, locked } = managedOverrides(policy);
  return { settings: { ...settings, ...values }, locked, invalid };
}

/** Saves the user's settings; locked keys keep their policy value. */
export async function saveSettings(storage: StoragePort, settings: Settings): Promise<LoadedSettings> {
  await writeStoredSettings(settings);
  return loadSettings(storage);
}
