/** Thin adapter over chrome.i18n: every UI string lives in public/_locales/en/messages.json. */
import browser from 'webextension-polyfill';

/** The localised message `key`, with `$1`… substitutions; the key itself when missing (visible in review). */
export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
