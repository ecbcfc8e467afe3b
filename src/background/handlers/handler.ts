/** The shape of a message handler, and helpers shared by them. */
import type { MessageName, Request, Response, Settings } from '../../messages.ts';
import type { Background } from '../context.ts';
import type { LoadedSettings } from '../settings-store.ts';
import type { SourceCapabilities } from '../../core/index.ts';
import { SEED_CAPABILITIES } from '../../core/remediation.ts';
import { configuredSource } from '../configured-source.ts';
import { SourceError } from '../../sources/scan-source.ts';

export interface HandlerContext {
  loaded: LoadedSettings;
  settings: Settings;
  /** Who sent the message: a tab id for content scripts (rate limits are per tab). */
  sender?: { tabId?: number; frameUrl?: string };
}

export type Handler<K extends MessageName> = (bg: Background, req: Request<K>, ctx: HandlerContext) => Promise<Response<K>>;

export type HandlerTable = { [K in MessageName]: Handler<K> };

/** The configured source's capabilities, or the seed product's when none is configured. */
export async function capabilitiesOf(bg: Background, settings: Settings): Promise<{ configured: boolean; capabilities: SourceCapabilities }> {
  const made = await configuredSource(settings, bg.sourceOptions);
  return made.ok ? { configured: true, capabilities: made.source.capabilities } : { configured: false, capabilities: SEED_CAPABILITIES };
}

/** A typed error code for an ActionResult: SourceError codes as they are, anything else 'internal'. */
export function errorCode(error: unknown): string {
  return error instanceof SourceError ? error.code : 'internal';
}

/** Starts a sync without waiting for it (after an action, so views catch up). */
export function kickSync(bg: Background): void {
  void bg.sync.run().catch(() => undefined);
}
