/** Idle poll period and how much history the cache keeps. */
import { t } from '../../platform/i18n.ts';
import { LockedNote } from './locked-note.tsx';
import type { SectionProps } from './section-props.ts';

/** A whole number within bounds, or the fallback for empty/garbage input. */
function clampInt(value: string, min: number, max: number, fallback: number): number {
  const n = Math.round(Number(value));
  return Number.isFinite(n) && value !== '' ? Math.min(max, Math.max(min, n)) : fallback;
}

export function PollingRetentionSection({ settings, update, locked }: SectionProps) {
  const { retention } = settings;
  const retentionLocked = locked.includes('retention');
  return (
    <>
      <fieldset>
        <legend>{t('options_polling')}</legend>
        <label>
          {t('options_pollIdle')}
          <input type="number" min={1} max={60} value={settings.pollIdleMinutes} disabled={locked.includes('pollIdleMinutes')}
            onChange={(e) => update({ pollIdleMinutes: clampInt(e.currentTarget.value, 1, 60, settings.pollIdleMinutes) })} />
        </label>
        <LockedNote show={locked.includes('pollIdleMinutes')} />
        <p class="note">{t('options_pollHelp')}</p>
      </fieldset>
      <fieldset>
        <legend>{t('options_retention')}</legend>
        <label>
          {t('options_runsPerProject')}
          <input type="number" min={1} max={500} value={retention.runsPerProject} disabled={retentionLocked}
            onChange={(e) => update({ retention: { ...retention, runsPerProject: clampInt(e.currentTarget.value, 1, 500, retention.runsPerProject) } })} />
        </label>
        <label>
          {t('options_errorLogDays')}
          <input type="number" min={1} max={365} value={retention.errorLogDays} disabled={retentionLocked}
            onChange={(e) => update({ retention: { ...retention, errorLogDays: clampInt(e.currentTarget.value, 1, 365, retention.errorLogDays) } })} />
        </label>
        <LockedNote show={retentionLocked} />
      </fieldset>
    </>
  );
}
