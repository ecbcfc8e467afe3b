/** The shape of a message handler, and helpers shared by them. */
import type { MessageName, Request, Response, Settings } from '../../messages.ts';
import type { Background } from '../context.ts';
import type { LoadedSettings } from '../settings-store.ts';
import { SourceError } from '../../sources/scan-source.ts';

export interface HandlerContext {
  loaded: LoadedSettings;
  settings: Settings;
  /** Who sent the message: a tab id for content scripts (rate limits are per tab). */
  sender?: { tabId?: number; frameUrl?: string };
}

export type Handler<K extends MessageName> = (bg: Background, req: Request<K>, ctx: HandlerContext) => Promise<Response<K>>;

export type HandlerTable = { [K in MessageName]: Handler<K> };

/** A typed error code for an ActionResult: SourceError codes as they are, anything else 'internal'. */
export function errorCode(error: unknown): string {
  return error instanceof SourceError ? error.code : 'internal';
}

/** Starts a sync without waiting for it (after an action, so views catch up). */
export function kickSync(bg: Background): void {
  void bg.sync.run().catch(() => undefined);
}
