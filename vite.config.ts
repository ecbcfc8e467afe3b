import { defineConfig } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import baseManifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };
import { manifestForFlavour } from './scripts/vite/manifest-for-flavour.ts';
import { tidyManifest } from './scripts/vite/tidy-manifest.ts';

// Build flavours: SCANSIGHT_BROWSER=firefox|chrome, SCANSIGHT_MODE=e2e|production (see manifest-for-flavour.ts).
const browser = process.env.SCANSIGHT_BROWSER === 'firefox' ? 'firefox' : 'chrome';
const mode = process.env.SCANSIGHT_MODE === 'e2e' ? 'e2e' : 'production';
const manifest = manifestForFlavour(baseManifest, { browser, mode, version: pkg.version }) as unknown as ManifestV3Export;
// The e2e/bench build alone carries test-only code (the background's debug hook): production drops it.
const debug = mode === 'e2e';

export default defineConfig({
  define: { __SCANSIGHT_DEBUG__: JSON.stringify(debug) },
  plugins: [
    preact(),
    crx({ manifest, browser }),
    // The content script is injected by scripting.registerContentScripts: it need not be web-accessible.
    tidyManifest({ privateScripts: /^src\/content\/main\.js$/, backgroundEntry: 'src/background/main.ts' }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    emptyOutDir: true,
  },
  server: { host: '127.0.0.1' },
});
