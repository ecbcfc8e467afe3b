import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { LOOPBACK_ORIGINS, manifestForFlavour, type Manifest } from './manifest-for-flavour.ts';

const root = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8')) as Manifest;
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

describe('manifestForFlavour', () => {
  it('the root manifest.json is the Chrome store manifest as is (only the version is package.json\'s)', () => {
    expect(root.version).toBe(pkg.version);
    expect(manifestForFlavour(root, { browser: 'chrome', mode: 'production', version: pkg.version })).toEqual(root);
  });

  it('takes the version from package.json', () => {
    expect(manifestForFlavour(root, { browser: 'chrome', mode: 'production', version: '9.8.7' }).version).toBe('9.8.7');
  });

  it('e2e builds require the loopback origins; production builds require none', () => {
    for (const browser of ['chrome', 'firefox'] as const) {
      expect(manifestForFlavour(root, { browser, mode: 'e2e', version: '1' }).host_permissions).toEqual(LOOPBACK_ORIGINS);
      expect(manifestForFlavour(root, { browser, mode: 'production', version: '1' }).host_permissions).toEqual([]);
    }
  });

  it('Firefox: background scripts, a gecko id, no managed schema and no Chrome-only keys', () => {
    const ff = manifestForFlavour(root, { browser: 'firefox', mode: 'production', version: '1' });
    expect(ff.background).toEqual({ scripts: ['src/background/main.ts'], type: 'module' });
    expect(ff).not.toHaveProperty('storage');
    expect(ff).not.toHaveProperty('minimum_chrome_version');
    expect(ff).not.toHaveProperty('externally_connectable');
    expect(ff.browser_specific_settings).toMatchObject({ gecko: { id: 'scansight@scansight.dev' } });
    expect(ff.permissions).toEqual(root.permissions);
    expect(ff.optional_host_permissions).toEqual(root.optional_host_permissions);
  });

  it('never modifies the manifest it is given', () => {
    const before = JSON.stringify(root);
    manifestForFlavour(root, { browser: 'firefox', mode: 'e2e', version: '2' });
    expect(JSON.stringify(root)).toBe(before);
  });

  it('a manifest without a background entry is a clear error for Firefox', () => {
    expect(() => manifestForFlavour({ manifest_version: 3 }, { browser: 'firefox', mode: 'production', version: '1' })).toThrow(/background/);
  });
});
