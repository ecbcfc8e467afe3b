/**
 * The one place where a build flavour differs from the root manifest.json (the Chrome store manifest):
 * - e2e / demo (mode `e2e`): the reference server's loopback origins are required host permissions,
 *   because a headless browser can never answer a permission prompt;
 * - Firefox: background scripts instead of a service worker, a gecko id and data-collection statement,
 *   no managed-storage schema (Firefox reads policy from policies.json) and no Chrome-only keys.
 * Pure, so it is tested without a build.
 */

/** A manifest as JSON; only the keys this function touches are typed. */
export type Manifest = Record<string, unknown> & {
  background?: { service_worker?: string; scripts?: string[]; type?: string };
};

export interface Flavour {
  browser: 'chrome' | 'firefox';
  mode: 'production' | 'e2e';
  /** package.json's version: the one version number of a release. */
  version: string;
}

/** The origins the reference server and the demo listen on. */
export const LOOPBACK_ORIGINS = ['http://127.0.0.1/*', 'http://localhost/*'];

/** Firefox's add-on id and minimum version (142: data_collection_permissions). */
export const GECKO = {
  id: 'scansight@scansight.dev',
  strict_min_version: '142.0',
  data_collection_permissions: { required: ['none'] },
};

/** `base` (the root manifest.json) as the flavour ships it; `base` is not modified. */
export function manifestForFlavour(base: Manifest, { browser, mode, version }: Flavour): Manifest {
  const out: Manifest = structuredClone(base);
  out.version = version;
  if (mode === 'e2e') out.host_permissions = [...LOOPBACK_ORIGINS];
  if (browser === 'firefox') {
    const entry = base.background?.service_worker ?? base.background?.scripts?.[0];
    if (!entry) throw new Error('manifest.json: background has no service_worker');
    out.background = { scripts: [entry], type: 'module' };
    delete out.storage;
    delete out.minimum_chrome_version;
    delete out.externally_connectable;
    out.browser_specific_settings = { gecko: structuredClone(GECKO) };
  }
  return out;
}
