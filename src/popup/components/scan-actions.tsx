/** What a user can do to an expanded scan: acknowledge, mute or snooze its project, re-run, stop, open it. */
import type { SourceCapabilities } from '../../core/index.ts';
import type { ScanRow } from '../../messages.ts';
import { t } from '../../platform/i18n.ts';
import { isSnoozed } from '../../core/snooze.ts';
import { inOneHour, tomorrowMorning } from '../snooze-until.ts';
import type { ActionRunner } from '../use-action-runner.ts';

interface Props {
  row: ScanRow;
  capabilities: SourceCapabilities;
  now: number;
  runner: ActionRunner;
}

/** A toolbar of buttons; each maps to one protocol message (see src/messages.ts). */
export function ScanActions({ row, capabilities, now, runner }: Props) {
  const { run, busy } = runner;
  const snoozed = isSnoozed(row.snoozedUntil, now);
  return (
    <div class="scan-actions" role="toolbar" aria-label={t('popup_actionsLabel')}>
      <button type="button" data-action="acknowledge" aria-pressed={row.acknowledged} disabled={busy}
        onClick={() => run('scan/acknowledge', { scanId: row.scanId, acknowledged: !row.acknowledged })}>
        {row.acknowledged ? t('popup_unacknowledge') : t('popup_acknowledge')}
      </button>
      <button type="button" data-action="mute" aria-pressed={row.muted} disabled={busy}
        onClick={() => run('project/mute', { projectId: row.projectId, muted: !row.muted })}>
        {row.muted ? t('popup_unmuteProject') : t('popup_muteProject')}
      </button>
      {snoozed ? (
        <button type="button" data-action="unsnooze" disabled={busy} onClick={() => run('project/snooze', { projectId: row.projectId, until: null })}>
          {t('popup_unsnooze')}
        </button>
      ) : (
        <>
          <button type="button" data-action="snooze-hour" disabled={busy}
            onClick={() => run('project/snooze', { projectId: row.projectId, until: inOneHour(Date.now()) })}>
            {t('popup_snoozeHour')}
          </button>
          <button type="button" data-action="snooze-tomorrow" disabled={busy}
            onClick={() => run('project/snooze', { projectId: row.projectId, until: tomorrowMorning(Date.now()) })}>
            {t('popup_snoozeTomorrow')}
          </button>
        </>
      )}
      {capabilities.canRerun && row.status !== 'running' && (
        <button type="button" data-action="rerun" disabled={busy} onClick={() => run('scan/rerun', { scanId: row.scanId })}>
          {t('popup_actionRerun')}
        </button>
      )}
      {capabilities.canStop && row.status === 'running' && (
        <button type="button" data-action="stop" disabled={busy} onClick={() => run('scan/stop', { scanId: row.scanId })}>
          {t('popup_stop')}
        </button>
      )}
      <button type="button" data-action="open-dashboard" onClick={() => run('open/dashboard', { scanId: row.scanId, projectId: row.projectId })}>
        {t('popup_openDashboard')}
      </button>
    </div>
  );
}
