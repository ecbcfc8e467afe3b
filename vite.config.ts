import { defineConfig } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import manifest from './manifest.config.ts';

const browser = process.env.SCANSIGHT_BROWSER === 'firefox' ? 'firefox' : 'chrome';

export default defineConfig({
  plugins: [preact(), crx({ manifest, browser })],
  build: {
    target: 'es2022',
    sourcemap: false,
    emptyOutDir: true,
  },
  server: { host: '127.0.0.1' },
});
