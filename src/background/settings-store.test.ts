import { describe, expect, it } from 'vitest';
import { createStorage } from '../platform/storage.ts';
import { FakeStorageArea } from './test/fake-browser.ts';
import { loadSettings, saveSettings } from './settings-store.ts';
import { DEFAULT_SETTINGS } from './settings-schema.ts';

describe('settings store', () => {
  it('starts from the defaults when nothing is stored and no policy exists', async () => {
    const storage = createStorage(new FakeStorageArea(), new FakeStorageArea({}, true));
    expect(await loadSettings(storage)).toEqual({ settings: DEFAULT_SETTINGS, locked: [] });
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

  it('falls back to the defaults when stored settings are corrupt', async () => {
    const local = new FakeStorageArea({ settings: { pollIdleMinutes: 'often' } });
    expect((await loadSettings(createStorage(local, undefined))).settings).toEqual(DEFAULT_SETTINGS);
  });
});
