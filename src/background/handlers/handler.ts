/** The shape of a message handler, and helpers shared by them. */
import type { MessageName, Request, Response, Settings } from '../../messages.ts';
import type { Background } from '../context.ts';
import type { LoadedSettings } from '../settings-store.ts';
import type { SourceCapabilities } from '../../core/index.ts';
import { SEED_CAPABILITIES } from '../../core/remediation.ts';
import { credentialsFor } from '../credentials.ts';
import { SOURCE_CAPABILITIES } from '../../sources/create-source.ts';
import { own } from '../../core/own.ts';
import { SourceError } from '../../sources/scan-source.ts';

export interface HandlerContext {
  loaded: LoadedSettings;
  settings: Settings;
  /** Who sent the message: a tab id for content scripts (rate limits are per tab). */
  sender?: { tabId?: number; frameUrl?: string };
}

export type Handler<K extends MessageName> = (bg: Background, req: Request<K>, ctx: HandlerContext) => Promise<Response<K>>;

export type HandlerTable = { [K in MessageName]: Handler<K> };

/** The chosen source type's capabilities: no secret is read and no adapter is built for them. */
export function capabilitiesFor(settings: Settings): SourceCapabilities {
  return own(SOURCE_CAPABILITIES, settings.sourceType) ?? SEED_CAPABILITIES;
}

/** Whether a source is set up (an API URL with a secret stored for its origin), and what it can do. */
export async function capabilitiesOf(settings: Settings): Promise<{ configured: boolean; capabilities: SourceCapabilities }> {
  const configured = settings.apiUrl !== '' && (await credentialsFor(settings.apiUrl)) !== null;
  return { configured, capabilities: capabilitiesFor(settings) };
}

/** A typed error code for an ActionResult: SourceError codes as they are, anything else 'internal'. */
export function errorCode(error: unknown): string {
  return error instanceof SourceError ? error.code : 'internal';
}

/** Starts a sync without waiting for it (after an action, so views catch up). */
export function kickSync(bg: Background): void {
  void bg.sync.run().catch(() => undefined);
}
