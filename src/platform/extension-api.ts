/**
 * The browser's own promise-based extension API: Firefox's `browser`, else Chromium's `chrome` (MV3
 * returns promises there too). Typed with webextension-polyfill's types, without bundling its code
 * (~3 KB gzip in the background). Callers must not rely on a listener's returned promise becoming the
 * message response: Chromium ignores it (see background/main.ts).
 */
import type Browser from 'webextension-polyfill';

type Api = typeof Browser;
const g = globalThis as unknown as { browser?: Api; chrome?: Api };

/** The extension API of the context this runs in (undefined outside an extension: tests stub it). */
export const ext: Api = (g.browser ?? g.chrome)!;
