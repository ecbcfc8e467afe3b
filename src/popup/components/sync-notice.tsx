/**
 * A quiet line under the header when the API is reachable and accepted the token, yet the last sync
 * failed (rate limited, a reply that did not validate, …): the list may be a little old, and
 * ScanSight keeps trying on its own. Unreachable and rejected-token cases have their banners instead.
 */
import type { PopupState } from '../../messages.ts';
import { t } from '../../platform/i18n.ts';
import { formatClock } from '../format-time.ts';

/** Error codes with a plain-language reason; any other code shows the background's message as text. */
const REASON_KEY: Readonly<Record<string, string>> = {
  rate_limited: 'popup_syncReason_rate_limited',
  invalid_response: 'popup_syncReason_invalid_response',
  not_found: 'popup_syncReason_not_found',
  bad_request: 'popup_syncReason_bad_request',
  internal: 'popup_syncReason_internal',
};

/** The notice's text, or null when there is nothing to say. */
export function syncNoticeText(state: Pick<PopupState, 'configured' | 'connection' | 'lastError'>): string | null {
  const error = state.lastError;
  if (!state.configured || state.connection !== 'ok' || error === null) return null;
  const key = Object.hasOwn(REASON_KEY, error.code) ? REASON_KEY[error.code]! : null;
  return t('popup_lastSyncFailed', [formatClock(error.at), key ? t(key) : error.message]);
}

/** Rendered as text only: the message may come from the API. The raw message is the tooltip. */
export function SyncNotice({ state }: { state: PopupState }) {
  const text = syncNoticeText(state);
  if (text === null) return null;
  return (
    <p class="sync-notice" role="status" data-sync-notice={state.lastError!.code} title={state.lastError!.message}>
      {text}
    </p>
  );
}
