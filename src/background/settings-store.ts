/**
 * Settings (never the token): the user's values in storage.local over the defaults, with policy
 * values from managed storage on top. Policy-set keys are reported as locked and cannot be saved over.
 */
import * as v from '../core/shape.ts';
import type { Settings } from '../messages.ts';
import type { StoragePort } from '../platform/storage.ts';
import { DEFAULT_SETTINGS, MANAGED_KEYS, SettingsSchema } from './settings-schema.ts';

const SETTINGS_KEY = 'settings';

export interface LoadedSettings {
  settings: Settings;
  locked: Array<keyof Settings>;
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

/** Reads the effective settings and the keys locked by policy. */
export async function loadSettings(storage: StoragePort): Promise<LoadedSettings> {
  const [stored, policy] = await Promise.all([storage.readLocal(SETTINGS_KEY), storage.readManaged()]);
  const merged = { ...DEFAULT_SETTINGS, ...(typeof stored === 'object' && stored !== null ? stored : {}) };
  const parsed = v.safeParse(SettingsSchema, merged);
  const base = parsed.success ? parsed.output : DEFAULT_SETTINGS;
  const { values, locked } = managedOverrides(policy);
  return { settings: { ...base, ...values }, locked };
}

/** Saves the user's settings; locked keys keep their policy value. */
export async function saveSettings(storage: StoragePort, settings: Settings): Promise<LoadedSettings> {
  await storage.writeLocal(SETTINGS_KEY, settings);
  return loadSettings(storage);
}
