/// <reference types="vite/client" />
/// <reference types="@crxjs/vite-plugin/client" />

/**
 * True only in the e2e/bench build (SCANSIGHT_MODE=e2e, set by vite.config.ts): test-only code such
 * as the background's debug hook is behind it, so production drops it.
 */
declare const __SCANSIGHT_DEBUG__: boolean;
