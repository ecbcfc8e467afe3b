import { defineManifest } from '@crxjs/vite-plugin';
import pkg from './package.json' with { type: 'json' };

/**
 * Build flavours:
 * - production (default): every origin optional, requested at run time from the options page;
 * - e2e / demo (SCANSIGHT_MODE=e2e): the reference server's loopback origins are required host
 *   permissions, because headless Chromium can never answer a permissions prompt;
 * - Firefox (SCANSIGHT_BROWSER=firefox): background scripts instead of a service worker, a gecko id.
 */
const mode = process.env.SCANSIGHT_MODE ?? 'production';
const browser = process.env.SCANSIGHT_BROWSER === 'firefox' ? 'firefox' : 'chrome';

export const LOOPBACK_ORIGINS = ['http://127.0.0.1/*', 'http://localhost/*'];

export default defineManifest({
  manifest_version: 3,
  name: '__MSG_extName__',
  description: '__MSG_extDescription__',
  version: pkg.version,
  default_locale: 'en',
  icons: {
    16: 'icons/icon-16.png',
    32: 'icons/icon-32.png',
    48: 'icons/icon-48.png',
    128: 'icons/icon-128.png',
  },
  action: {
    default_popup: 'src/popup/index.html',
    default_title: '__MSG_extName__',
    default_icon: { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png' },
  },
  options_ui: { page: 'src/options/index.html', open_in_tab: true },
  background:
    browser === 'firefox'
      ? { scripts: ['src/background/main.ts'], type: 'module' }
      : { service_worker: 'src/background/main.ts', type: 'module' },
  permissions: ['storage', 'alarms', 'notifications', 'scripting'],
  // Organizations preconfigure the API and dashboard by policy (keys in the schema). Firefox reads
  // policy from policies.json ("3rdparty") and has no schema key.
  ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed-schema.json' } }),
  host_permissions: mode === 'e2e' ? LOOPBACK_ORIGINS : [],
  optional_host_permissions: ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'],
  // Closed to other extensions and to every web page: nothing outside ScanSight may message it.
  externally_connectable: { ids: [], matches: [] },
  ...(browser === 'firefox'
    ? {
        browser_specific_settings: {
          gecko: {
            id: 'scansight@scansight.dev',
            strict_min_version: '142.0',
            data_collection_permissions: { required: ['none'] },
          },
        },
      }
    : { minimum_chrome_version: '120' }),
});
