/** Thin adapter: listens for the background's {@link Broadcast} messages (runtime messaging). */
import { ext as browser } from './extension-api.ts';
import type { Broadcast } from '../messages.ts';

const SCOPES: ReadonlySet<string> = new Set(['scans', 'settings', 'overlay']);

/** True for a well-formed broadcast; anything else on the runtime channel is ignored. */
export function isBroadcast(message: unknown): message is Broadcast {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as Record<string, unknown>;
  return m.type === 'changed' && typeof m.scope === 'string' && SCOPES.has(m.scope);
}

/**
 * Calls `listener` for each broadcast; returns the function that stops listening.
 * The handler returns nothing, so it never claims to answer a request meant for the background.
 */
export function onBroadcast(listener: (broadcast: Broadcast) => void): () => void {
  const handler = (message: unknown): undefined => {
    if (isBroadcast(message)) listener(message);
    return undefined;
  };
  browser.runtime.onMessage.addListener(handler);
  return () => browser.runtime.onMessage.removeListener(handler);
}
