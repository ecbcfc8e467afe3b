/**
 * Who may send what. Extension pages (popup, options; also when opened in a tab) may use the whole
 * protocol; a content script only CONTENT_SCRIPT_MESSAGES, and only from the configured dashboard
 * origin. Anything else — other extensions, web pages, other origins — is refused.
 */
import { CONTENT_SCRIPT_MESSAGES, type MessageName } from '../messages.ts';

/** The parts of runtime.MessageSender the policy reads. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: unknown;
}

export interface SenderPolicyContext {
  extensionId: string;
  /** e.g. `chrome-extension://<id>` (no trailing slash). */
  extensionOrigin: string;
  /** The configured dashboard's origin, or null when none is configured. */
  dashboardOrigin: string | null;
}

export type SenderKind = 'extension' | 'content';

function originOf(url: string | undefined): string | null {
  if (!url) return null;
  if (url.startsWith('chrome-extension://') || url.startsWith('moz-extension://')) {
    const end = url.indexOf('/', url.indexOf('//') + 2);
    return end < 0 ? url : url.slice(0, end);
  }
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/** The kind of sender allowed to send `name`, or null when the message must be refused. */
export function senderKind(sender: SenderInfo, name: MessageName, ctx: SenderPolicyContext): SenderKind | null {
  if (sender.id !== ctx.extensionId) return null;
  const origin = originOf(sender.url);
  if (origin !== null && origin === ctx.extensionOrigin) return 'extension';
  if (sender.tab && origin !== null && origin === ctx.dashboardOrigin && CONTENT_SCRIPT_MESSAGES.has(name)) return 'content';
  return null;
}
