/**
 * "I get no notifications": sends a test notification through the background and says what stands in
 * the way — the browser's permission for ScanSight, the system holding notifications back, or the
 * page's own rules (every kind off, quiet hours now).
 */
import { useState } from 'preact/hooks';
import type { NotificationRules, Response } from '../../messages.ts';
import { inQuietHours } from '../../core/quiet-hours.ts';
import { t } from '../../platform/i18n.ts';
import { sendMessage } from '../../platform/send-message.ts';

/** What the page's rules say about notifications right now (`at`), as sentences; none when nothing holds them back. */
export function rulesReport(rules: NotificationRules, at: Date): string[] {
  const out: string[] = [];
  if (!rules.broken && !rules.stillFailing && !rules.fixed && !rules.completed) out.push(t('options_notifyAllOff'));
  if (rules.quietHours && inQuietHours(at, rules.quietHours)) out.push(t('options_notifyQuietNow', [rules.quietHours.start, rules.quietHours.end]));
  return out;
}

/** The sentence for the background's answer. */
export function testNotificationReport(answer: Response<'notifications/test'>): string {
  if (answer.permission === 'denied') return t('options_notifyTestDenied');
  if (!answer.shown) return t('options_notifyTestRefused');
  return t('options_notifyTestSent');
}

export function NotificationCheck({ rules }: { rules: NotificationRules }) {
  const [report, setReport] = useState<string[]>([]);
  const check = () => {
    sendMessage('notifications/test', {}).then(
      (answer) => setReport([testNotificationReport(answer), ...rulesReport(rules, new Date())]),
      (error: unknown) => setReport([t('options_actionFailed', String(error))]),
    );
  };
  return (
    <div class="notify-check">
      <button type="button" onClick={check}>{t('options_notifyTest')}</button>
      {/* Not role=status: the page's own status line keeps that role. */}
      <p aria-live="polite" class="notify-report">{report.join(' ')}</p>
    </div>
  );
}
