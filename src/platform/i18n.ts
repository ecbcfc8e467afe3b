/**
 * Thin adapter over chrome.i18n (Firefox's browser.i18n): every UI string lives in
 * public/_locales/en/messages.json. Uses the browser's own API, not webextension-polyfill.
 */
import { ext } from './extension-api.ts';

/** Message `key` with `$1`… substitutions; how views that must stay testable receive their text. */
export type Translate = (key: string, substitutions?: string | string[]) => string;

/** The localised message `key`, with `$1`… substitutions; the key itself when missing (visible in review). */
export const t: Translate = (key, substitutions) => ext.i18n.getMessage(key, substitutions) || key;
