import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_PREFS, loadPopupPrefs, parsePrefs, savePopupPrefs } from './popup-prefs.ts';

const store = new Map<string, unknown>();
let failing = false;
vi.mock('../platform/local-prefs.ts', () => ({
  readLocalPref: async (key: string) => {
    if (failing) throw new Error('storage unavailable');
    return store.get(key);
  },
  writeLocalPref: async (key: string, value: unknown) => {
    if (failing) throw new Error('storage unavailable');
    store.set(key, value);
  },
}));

describe('parsePrefs', () => {
  it('keeps valid fields and defaults the rest', () => {
    expect(parsePrefs({ filter: 'running', search: 'pay', allRuns: true })).toEqual({ filter: 'running', search: 'pay', allRuns: true });
    expect(parsePrefs({ filter: 'bogus', search: 42, allRuns: 'yes' })).toEqual(DEFAULT_PREFS);
    expect(parsePrefs(undefined)).toEqual(DEFAULT_PREFS);
    expect(parsePrefs('junk')).toEqual(DEFAULT_PREFS);
  });
  it('bounds a stored search', () => {
    expect(parsePrefs({ search: 'x'.repeat(1000) }).search).toHaveLength(200);
  });
});

describe('load and save', () => {
  it('round-trips through storage', async () => {
    failing = false;
    await savePopupPrefs({ filter: 'attention', search: 'a', allRuns: false });
    expect(await loadPopupPrefs()).toEqual({ filter: 'attention', search: 'a', allRuns: false });
  });
  it('falls back to defaults and swallows write errors when storage fails', async () => {
    failing = true;
    expect(await loadPopupPrefs()).toEqual(DEFAULT_PREFS);
    await expect(savePopupPrefs(DEFAULT_PREFS)).resolves.toBeUndefined();
    failing = false;
  });
});
