/**
 * Test doubles for the popup's platform adapters: a scripted background behind sendMessage,
 * a broadcast channel, and an in-memory storage.local. Reset with {@link resetFakes} before each test.
 */
import type { Broadcast, MessageName, PopupState, Request, Response, ScanDetail } from '../../messages.ts';
import { makeState } from './fixtures.ts';

type Handler = (payload: unknown) => unknown;

export const fake = {
  state: makeState(),
  details: new Map<string, ScanDetail>(),
  calls: [] as Array<{ type: MessageName; payload: unknown }>,
  handlers: new Map<MessageName, Handler>(),
  listeners: new Set<(b: Broadcast) => void>(),
  storage: new Map<string, unknown>(),
  /** What the popup's read of its stored view gets (popup-view.ts); null: no cache yet. */
  storedView: null as { record: unknown; sync: unknown } | null,
};

/** Fresh background and storage for each test. */
export function resetFakes(state: PopupState = makeState()): void {
  fake.state = state;
  fake.details.clear();
  fake.calls.length = 0;
  fake.handlers.clear();
  fake.listeners.clear();
  fake.storage.clear();
  fake.storedView = null;
}

/** Replaces readStoredPopupView. */
export async function readStoredPopupView(): Promise<{ record: unknown; sync: unknown } | null> {
  return structuredClone(fake.storedView);
}

/** Every request the popup sent of `type`, in order. */
export function callsOf<K extends MessageName>(type: K): Array<Request<K>> {
  return fake.calls.filter((call) => call.type === type).map((call) => call.payload as Request<K>);
}

/** Replaces sendMessage: answers from `fake` the way the background would. */
export async function sendMessage<K extends MessageName>(type: K, payload: Request<K>): Promise<Response<K>> {
  fake.calls.push({ type, payload });
  const custom = fake.handlers.get(type);
  if (custom) return (await custom(payload)) as Response<K>;
  if (type === 'popup/rows' || type === 'popup/screen') return structuredClone(fake.state) as Response<K>;
  if (type === 'popup/detail') return (fake.details.get((payload as { scanId: string }).scanId) ?? null) as Response<K>;
  return { ok: true } as Response<K>;
}

/** Replaces onBroadcast. */
export function onBroadcast(listener: (b: Broadcast) => void): () => void {
  fake.listeners.add(listener);
  return () => fake.listeners.delete(listener);
}

/** Delivers a broadcast to the popup, as the background would. */
export function broadcast(message: Broadcast): void {
  for (const listener of fake.listeners) listener(message);
}

/** Replaces readLocalPref / writeLocalPref. */
export async function readLocalPref(key: string): Promise<unknown> {
  return structuredClone(fake.storage.get(key));
}
export async function writeLocalPref(key: string, value: unknown): Promise<void> {
  fake.storage.set(key, structuredClone(value));
}
