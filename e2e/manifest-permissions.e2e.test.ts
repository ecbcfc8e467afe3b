/**
 * Least privilege, as built: the permission-relevant keys of every manifest flavour equal a reviewed
 * snapshot (e2e/manifest-permissions.snapshot.json). A change fails here until someone reviews it and
 * updates the snapshot in the same commit. Also: externally_connectable stays closed and no custom
 * content_security_policy replaces the MV3 default.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildExtension } from './support/build-extension.ts';
import { DIST_E2E, DIST_FIREFOX, DIST_FIREFOX_E2E, ROOT } from './support/paths.ts';
import { tally } from '../src/testing/tally.ts';

const KEYS = ['permissions', 'optional_permissions', 'host_permissions', 'optional_host_permissions', 'externally_connectable', 'content_security_policy', 'web_accessible_resources', 'content_scripts', 'sandbox'] as const;
type Manifest = Record<string, unknown>;

const read = (dir: string): Manifest => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
/** The reviewed part of a manifest: absent keys are recorded as null so an added key shows up. */
const reviewed = (m: Manifest) => Object.fromEntries(KEYS.map((k) => [k, m[k] ?? null]));

const manifests: Record<string, Manifest> = {};
beforeAll(() => {
  // The shipped Chrome build is not among what global setup builds: build it here.
  const chromeProduction = mkdtempSync(join(tmpdir(), 'scansight-prod-'));
  buildExtension({ outDir: chromeProduction, browser: 'chrome', mode: 'production' });
  Object.assign(manifests, {
    'chrome (shipped)': read(chromeProduction),
    'chrome (e2e)': read(DIST_E2E),
    'firefox (shipped)': read(DIST_FIREFOX),
    'firefox (e2e)': read(DIST_FIREFOX_E2E),
  });
});

describe('manifest permissions', () => {
  it('the shipped and e2e manifests ask for exactly the reviewed permissions', (ctx) => {
    const snapshot = JSON.parse(readFileSync(join(ROOT, 'e2e', 'manifest-permissions.snapshot.json'), 'utf8')) as Record<string, unknown>;
    const actual = Object.fromEntries(Object.entries(manifests).map(([flavour, m]) => [flavour, reviewed(m)]));
    tally(ctx, 'least privilege: manifest flavours reviewed', Object.keys(actual).length);
    expect(actual).toEqual(snapshot);
  });

  it('externally_connectable is closed to every extension and site (Chrome; Firefox has no such channel for pages)', () => {
    for (const flavour of ['chrome (shipped)', 'chrome (e2e)']) {
      expect(manifests[flavour]!.externally_connectable).toEqual({ ids: [], matches: [] });
    }
  });

  it('no custom content_security_policy: the MV3 default stays', () => {
    for (const m of Object.values(manifests)) expect(m).not.toHaveProperty('content_security_policy');
  });
});
