import { defineConfig } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import manifest from './manifest.config.ts';
import { tidyManifest } from './scripts/vite/tidy-manifest.ts';

const browser = process.env.SCANSIGHT_BROWSER === 'firefox' ? 'firefox' : 'chrome';
// The e2e/bench build alone carries test-only code (the background's debug hook): production drops it.
const debug = process.env.SCANSIGHT_MODE === 'e2e';

export default defineConfig({
  define: { __SCANSIGHT_DEBUG__: JSON.stringify(debug) },
  plugins: [
    preact(),
    crx({ manifest, browser }),
    // The content script is injected by scripting.registerContentScripts: it need not be web-accessible.
    tidyManifest({ browser, privateScripts: /^src\/content\/main\.js$/, backgroundEntry: 'src/background/main.ts' }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    emptyOutDir: true,
  },
  server: { host: '127.0.0.1' },
});
