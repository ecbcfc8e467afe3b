import { t } from '../../platform/i18n.ts';

/** "Set by your organization", shown beside a field that managed storage locks. */
export function LockedNote({ show }: { show: boolean }) {
  return show ? <span class="locked-note">{t('options_locked')}</span> : null;
}
