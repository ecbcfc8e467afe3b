/** Title, counts per status, "synced 2 min ago" and the refresh button. */
import type { ScanStatus } from '../../core/index.ts';
import { statusText } from '../../platform/translate-ref.ts';
import { t } from '../../platform/i18n.ts';
import type { ComponentChildren } from 'preact';
import { StatusIcon } from './status-icon.tsx';

// Worst first, like the list.
const ORDER: readonly ScanStatus[] = ['submission_error', 'failed', 'partially_completed', 'running', 'stopped', 'not_started', 'completed'];

interface Props {
  counts: Record<ScanStatus, number>;
  synced: string;
  stale: boolean;
  syncing: boolean;
  onRefresh: () => void;
  /** A second line under the title row (the sync notice), when there is one. */
  children?: ComponentChildren;
}

/** Only statuses that occur are counted, each with its icon and (for screen readers and tooltips) its label. */
export function PopupHeader({ counts, synced, stale, syncing, onRefresh, children }: Props) {
  return (
    <header class="popup-header">
      <h1>{t('extName')}</h1>
      <ul class="status-counts" aria-label={t('popup_countsLabel')}>
        {ORDER.filter((status) => counts[status] > 0).map((status) => (
          <li key={status} class={`status-count status--${status}`} data-count-status={status} title={statusText(status)}>
            <StatusIcon status={status} />
            <span class="count-number">{counts[status]}</span>
            <span class="visually-hidden"> {statusText(status)}</span>
          </li>
        ))}
      </ul>
      <span class={`synced${stale ? ' synced--stale' : ''}`} data-synced>
        {synced}
        {stale && <span class="stale-tag"> {t('popup_stale')}</span>}
      </span>
      <button type="button" class="refresh" data-action="refresh" aria-label={t('popup_refresh')} title={t('popup_refresh')} aria-busy={syncing} disabled={syncing} onClick={onRefresh}>
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false" class={syncing ? 'spin' : ''}>
          <path d="M13 8a5 5 0 1 1-1.5-3.6M13 2.5v3h-3" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" />
        </svg>
      </button>
      {children}
    </header>
  );
}
