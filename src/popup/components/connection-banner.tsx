/** Banners for a source that is not configured, a rejected token, or an unreachable API. */
import type { PopupState } from '../../messages.ts';
import { t } from '../../platform/i18n.ts';
import { formatClock } from '../format-time.ts';

interface Props {
  state: PopupState;
  onOpenOptions: () => void;
}

/** Which banner (if any) the state calls for; also a stable `data-banner` value for tests. */
export function bannerKind(state: PopupState): 'not-configured' | 'unauthorized' | 'unreachable' | null {
  if (!state.configured || state.connection === 'not_configured') return 'not-configured';
  if (state.connection === 'unauthorized') return 'unauthorized';
  if (state.connection === 'unreachable') return 'unreachable';
  return null;
}

/** Nothing when the connection is fine. The last error's message is API/background text: shown as text. */
export function ConnectionBanner({ state, onOpenOptions }: Props) {
  const kind = bannerKind(state);
  if (kind === null) return null;
  const settingsButton = (
    <button type="button" class="banner-action" data-action="open-options" onClick={onOpenOptions}>
      {t('popup_openSettings')}
    </button>
  );
  if (kind === 'not-configured') {
    return (
      <div class="banner banner--info" role="status" data-banner={kind}>
        <strong>{t('popup_notConfiguredTitle')}</strong>
        <p>{t('popup_notConfiguredText')}</p>
        {settingsButton}
      </div>
    );
  }
  if (kind === 'unauthorized') {
    return (
      <div class="banner banner--error" role="alert" data-banner={kind}>
        <strong>{t('popup_tokenRejectedTitle')}</strong>
        <p>{t('popup_tokenRejectedText')}</p>
        {settingsButton}
      </div>
    );
  }
  return (
    <div class="banner banner--warn" role="status" data-banner={kind}>
      <strong>{t('popup_unreachableTitle')}</strong>
      <p>{t('popup_unreachableText')}</p>
      {state.lastError && <p class="banner-detail">{state.lastError.message}</p>}
      {state.retryAt != null && (
        <p class="banner-retry" data-retry-at={state.retryAt}>
          {t('popup_retryAt', formatClock(new Date(state.retryAt).toISOString()))}
        </p>
      )}
    </div>
  );
}
