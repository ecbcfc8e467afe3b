/**
 * The background's one entry for messages: validates the envelope and payload, checks the sender,
 * and runs the handler for that message name. Responses never carry the token.
 */
import * as v from 'valibot';
import type { MessageName, Request, Response } from '../messages.ts';
import type { Background } from './context.ts';
import { EnvelopeSchema, REQUEST_SCHEMAS } from './message-schemas.ts';
import { senderKind, type SenderInfo } from './sender-policy.ts';
import { loadSettings } from './settings-store.ts';
import { dashboardOrigin } from './dashboard-url.ts';
import type { HandlerTable } from './handlers/handler.ts';
import { overlayDataHandler, popupDetailHandler } from './handlers/read-handlers.ts';
import { popupRowsHandler, popupScreenHandler } from './handlers/popup-handlers.ts';
import {
  acknowledgeHandler, cacheClearHandler, muteHandler, rerunHandler, snoozeHandler, stopHandler, syncNowHandler,
} from './handlers/action-handlers.ts';
import { openDashboardHandler, openIntegrationsHandler, openOptionsHandler } from './handlers/open-handlers.ts';
import { optionsGetHandler, optionsSaveHandler, optionsTestHandler } from './handlers/options-handlers.ts';
import { notificationTestHandler, recentNotificationsHandler } from './handlers/notification-handlers.ts';
import type { HandlerContext } from './handlers/handler.ts';

const HANDLERS: HandlerTable = {
  'popup/screen': popupScreenHandler,
  'popup/rows': popupRowsHandler,
  'popup/detail': popupDetailHandler,
  'sync/now': syncNowHandler,
  'scan/rerun': rerunHandler,
  'scan/stop': stopHandler,
  'scan/acknowledge': acknowledgeHandler,
  'project/mute': muteHandler,
  'project/snooze': snoozeHandler,
  'open/dashboard': openDashboardHandler,
  'open/integrations': openIntegrationsHandler,
  'open/options': openOptionsHandler,
  'options/get': optionsGetHandler,
  'options/save': optionsSaveHandler,
  'options/test': optionsTestHandler,
  'cache/clear': cacheClearHandler,
  'notifications/test': notificationTestHandler,
  'notifications/recent': recentNotificationsHandler,
  'overlay/data': overlayDataHandler,
};

/** The sender's tab, as far as the browser said (content scripts only). */
function senderOf(sender: SenderInfo): { tabId?: number } {
  const tab = sender.tab as { id?: unknown } | undefined;
  return typeof tab?.id === 'number' ? { tabId: tab.id } : {};
}

/** What a refused or malformed message gets back. */
export type Refusal = { ok: false; error: 'forbidden' | 'invalid_request' | 'internal' };

/**
 * Handles one incoming message. Returns undefined for messages that are not ours (e.g. a broadcast
 * echo), so another listener may answer them; a refusal for a known name from a wrong sender.
 */
export async function handleMessage(bg: Background, message: unknown, sender: SenderInfo): Promise<Response<MessageName> | Refusal | undefined> {
  const envelope = v.safeParse(EnvelopeSchema, message);
  if (!envelope.success) return undefined;
  const name = envelope.output.type;
  const loaded = await loadSettings(bg.ports.storage);
  const kind = senderKind(sender, name, {
    extensionId: bg.ports.runtime.id,
    extensionOrigin: bg.ports.runtime.origin,
    dashboardOrigin: dashboardOrigin(loaded.settings.dashboardUrl),
  });
  if (kind === null) return { ok: false, error: 'forbidden' };
  const payload = v.safeParse(REQUEST_SCHEMAS[name], envelope.output.payload);
  if (!payload.success) return { ok: false, error: 'invalid_request' };
  const handler = HANDLERS[name] as (bg: Background, req: Request<MessageName>, ctx: HandlerContext) => Promise<Response<MessageName>>;
  try {
    return await handler(bg, payload.output as Request<MessageName>, { loaded, settings: loaded.settings, sender: senderOf(sender) });
  } catch {
    // Details stay out of the reply (they could name internals); the code is enough for the UI.
    return { ok: false, error: 'internal' };
  }
}
