/** What the list area says when it has nothing to show, and the way out. */
import { t } from '../../platform/i18n.ts';

interface Props {
  /** No scans cached at all, as opposed to none passing the filter and search. */
  noScans: boolean;
  configured: boolean;
  onShowAll: () => void;
}

/** Not configured: the banner above carries the call to action, so this stays short. */
export function EmptyList({ noScans, configured, onShowAll }: Props) {
  if (noScans) {
    return (
      <p class="empty" data-empty={configured ? 'no-scans' : 'onboarding'}>
        {configured ? t('popup_noScans') : t('popup_onboardingHint')}
      </p>
    );
  }
  return (
    <div class="empty" data-empty="no-match">
      <p>{t('popup_noMatch')}</p>
      <button type="button" class="link-button" onClick={onShowAll}>
        {t('popup_showEverything')}
      </button>
    </div>
  );
}
