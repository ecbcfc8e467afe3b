import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createStorage } from '../platform/storage.ts';
import { FakeStorageArea } from './test/fake-browser.ts';
import { loadSettings, saveSettings, validateSettings } from './settings-store.ts';
import { DEFAULT_SETTINGS } from './settings-schema.ts';
import { closeSettingsDb, readStoredSettings, writeStoredSettings } from '../cache/settings-db.ts';
import { freshIndexedDb } from '../cache/test/fresh-idb.ts';

beforeEach(() => {
  closeSettingsDb();
  freshIndexedDb();
});

describe('settings store', () => {
  it('starts from the defaults when nothing is stored and no policy exists', async () => {
    const storage = createStorage(new FakeStorageArea(), new FakeStorageArea({}, true));
    expect(await loadSettings(storage)).toEqual({ settings: DEFAULT_SETTINGS, locked: [], invalid: [] });
  });

  it('lets policy override and lock keys, ignoring invalid or unknown policy values', async () => {
    const policy = new FakeStorageArea({ apiUrl: 'https://scans.corp.example', pollIdleMinutes: 0, overlayEnabled: false, token: 'never' });
    const storage = createStorage(new FakeStorageArea(), policy);
    await saveSettings(storage, { ...DEFAULT_SETTINGS, apiUrl: 'https://mine.example', pollIdleMinutes: 7 });
    const loaded = await loadSettings(storage);
    expect(loaded.locked).toEqual(['apiUrl', 'overlayEnabled']);
    expect(loaded.settings).toMatchObject({ apiUrl: 'https://scans.corp.example', pollIdleMinutes: 7, overlayEnabled: false });
    expect(loaded.settings).not.toHaveProperty('token');
  });

  it('saves into the extension-origin settings database, not storage.local (which content scripts can write)', async () => {
    const local = new FakeStorageArea();
    const storage = createStorage(local, undefined);
    await saveSettings(storage, { ...DEFAULT_SETTINGS, dashboardUrl: 'https://dash.example/' });
    expect(await local.get(null)).toEqual({});
    expect(await readStoredSettings()).toMatchObject({ dashboardUrl: 'https://dash.example/' });
    // What a content script can still write to storage.local changes nothing.
    await local.set({ settings: { ...DEFAULT_SETTINGS, dashboardUrl: 'https://phish.example/', overlayEnabled: false } });
    expect((await loadSettings(storage)).settings).toMatchObject({ dashboardUrl: 'https://dash.example/', overlayEnabled: true });
  });

  it('moves the settings of an earlier version out of storage.local on first load, without loss', async () => {
    const earlier = { ...DEFAULT_SETTINGS, apiUrl: 'https://scans.example', dashboardUrl: 'https://dash.example/', pollIdleMinutes: 9 };
    const local = new FakeStorageArea({ settings: earlier, popupPrefs: { sort: 'name' } });
    const loaded = await loadSettings(createStorage(local, undefined));
    expect(loaded.settings).toEqual(earlier);
    expect(await readStoredSettings()).toEqual(earlier);
    expect(await local.get(null)).toEqual({ popupPrefs: { sort: 'name' } });
  });

  it('validates on every load: an invalid stored value falls back to its default and is reported, the others kept', async () => {
    await writeStoredSettings({ ...DEFAULT_SETTINGS, pollIdleMinutes: 'often', dashboardUrl: 'https://dash.example/', overlayEnabled: 'yes' });
    const loaded = await loadSettings(createStorage(new FakeStorageArea(), undefined));
    expect(loaded.invalid.sort()).toEqual(['overlayEnabled', 'pollIdleMinutes']);
    expect(loaded.settings).toEqual({ ...DEFAULT_SETTINGS, dashboardUrl: 'https://dash.example/' });
  });

  it('never returns an invalid value, whatever was stored (property)', () => {
    fc.assert(fc.property(fc.oneof(fc.anything(), fc.record({ pollIdleMinutes: fc.anything(), dashboardUrl: fc.anything(), notifications: fc.anything() })), (stored) => {
      const { settings, invalid } = validateSettings(stored);
      expect(validateSettings(settings).invalid).toEqual([]);
      expect(new Set(invalid).size).toBe(invalid.length);
    }), { numRuns: 500 });
  });
});
