/** Which transitions notify, and quiet hours. */
import { t } from '../../platform/i18n.ts';
import type { NotificationRules } from '../../messages.ts';
import { LockedNote } from './locked-note.tsx';
import { NotificationCheck } from './notification-check.tsx';
import { RecentNotifications } from './recent-notifications.tsx';
import type { SectionProps } from './section-props.ts';

const RULES: Array<[keyof Omit<NotificationRules, 'quietHours'>, string]> = [
  ['broken', 'options_notifyBroken'],
  ['stillFailing', 'options_notifyStillFailing'],
  ['fixed', 'options_notifyFixed'],
  ['completed', 'options_notifyCompleted'],
];

export function NotificationsSection({ settings, update, locked }: SectionProps) {
  const rules = settings.notifications;
  const isLocked = locked.includes('notifications');
  const set = (patch: Partial<NotificationRules>) => update({ notifications: { ...rules, ...patch } });
  const quiet = rules.quietHours;
  return (
    <fieldset>
      <legend>{t('options_notifications')}</legend>
      <LockedNote show={isLocked} />
      {RULES.map(([key, label]) => (
        <label key={key} class="check">
          <input type="checkbox" checked={rules[key]} disabled={isLocked} onChange={(e) => set({ [key]: e.currentTarget.checked })} />
          {t(label)}
        </label>
      ))}
      <label class="check">
        <input type="checkbox" checked={quiet !== null} disabled={isLocked}
          onChange={(e) => set({ quietHours: e.currentTarget.checked ? { start: '22:00', end: '07:00' } : null })} />
        {t('options_quietHours')}
      </label>
      {quiet ? (
        <span class="quiet">
          <label>{t('options_quietFrom')}
            <input type="time" value={quiet.start} disabled={isLocked} onChange={(e) => set({ quietHours: { ...quiet, start: e.currentTarget.value } })} />
          </label>
          <label>{t('options_quietTo')}
            <input type="time" value={quiet.end} disabled={isLocked} onChange={(e) => set({ quietHours: { ...quiet, end: e.currentTarget.value } })} />
          </label>
        </span>
      ) : null}
      <NotificationCheck rules={rules} />
      <RecentNotifications />
    </fieldset>
  );
}
