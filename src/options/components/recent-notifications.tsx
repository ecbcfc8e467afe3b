/**
 * What the notifier did with the latest transitions: shown, or held back and why (muted, snoozed,
 * acknowledged, quiet hours, the kind turned off, or its dashboard page was in front). The answer to
 * "why did ScanSight not tell me about that failure?".
 */
import { useEffect, useState } from 'preact/hooks';
import type { RecentNotification } from '../../messages.ts';
import { t } from '../../platform/i18n.ts';
import { sendMessage } from '../../platform/send-message.ts';

const OUTCOMES = new Set(['shown', 'muted', 'snoozed', 'acknowledged', 'in_front', 'quiet_hours', 'rule_off']);
const KINDS = new Set(['broken', 'still_failing', 'fixed', 'completed']);

/** "Scan needs attention: Not shown: quiet hours were on", in the page's words. */
export function recentLine(entry: RecentNotification): string {
  const kind = KINDS.has(entry.kind) ? t(`notification_headline_${entry.kind}`) : entry.kind;
  const outcome = OUTCOMES.has(entry.outcome) ? t(`options_outcome_${entry.outcome}`) : entry.outcome;
  return t('options_recentLine', [kind, outcome]);
}

function when(at: string): string {
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? at : date.toLocaleString(undefined, { dateStyle: 'short', timeStyle: 'short' });
}

export function RecentNotifications() {
  const [entries, setEntries] = useState<RecentNotification[] | null>(null);
  useEffect(() => {
    sendMessage('notifications/recent', {}).then(setEntries, () => setEntries([]));
  }, []);
  if (entries === null) return null;
  return (
    <div class="recent-notifications">
      <p class="recent-title">{t('options_recentTitle')}</p>
      {entries.length === 0 ? <p class="note">{t('options_recentNone')}</p> : (
        <ul>
          {entries.map((entry) => (
            <li key={`${entry.scanId}:${entry.kind}:${entry.at}`} data-outcome={entry.outcome}>
              <time dateTime={entry.at}>{when(entry.at)}</time>{' '}
              <strong>{entry.projectName ?? entry.scanId}</strong>
              {entry.scanName ? ` · ${entry.scanName}` : ''} — {recentLine(entry)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
