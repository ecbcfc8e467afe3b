/**
 * Thin adapter over the permissions API for optional host permissions. No decisions here: callers
 * choose the origins (see options/host-origins.ts) and when to ask.
 */
import { ext as browser } from './extension-api.ts';

/**
 * The host-permission match pattern for a URL (`https://api.example.com/*`), or null when it is not
 * an http(s) URL. Ports are left out: Firefox match patterns cannot carry one, and host permissions
 * are granted per host anyway.
 */
export function originPattern(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  return `${parsed.protocol}//${parsed.hostname}/*`;
}

/**
 * Asks the user to grant host access to `origins` (match patterns such as `https://api.example.com/*`).
 * Must be called synchronously from a user gesture (a click handler), before any await: Firefox
 * refuses the request otherwise. Resolves whether everything was granted.
 */
export function requestOrigins(origins: string[]): Promise<boolean> {
  return browser.permissions.request({ origins });
}

/** Whether host access to every one of `origins` is granted already. */
export function hasOrigins(origins: string[]): Promise<boolean> {
  return browser.permissions.contains({ origins });
}

/** Calls `listener` whenever host permissions are granted or revoked; returns the unsubscribe. */
export function onOriginsChanged(listener: () => void): () => void {
  const handler = () => listener();
  browser.permissions.onAdded.addListener(handler);
  browser.permissions.onRemoved.addListener(handler);
  return () => {
    browser.permissions.onAdded.removeListener(handler);
    browser.permissions.onRemoved.removeListener(handler);
  };
}
