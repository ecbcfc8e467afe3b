/** Recognises the background's "something changed" broadcast among runtime messages. */
import type { Broadcast } from '../messages.ts';

const SCOPES: ReadonlySet<string> = new Set<Broadcast['scope']>(['scans', 'settings', 'overlay']);

/** True for a well-formed {@link Broadcast}; anything else on the runtime channel is ignored. */
export function isChangedBroadcast(message: unknown): message is Broadcast {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as Record<string, unknown>;
  return m.type === 'changed' && typeof m.scope === 'string' && SCOPES.has(m.scope);
}
