/** Progress of a running scan: a bar, "n of N jobs" and, once failures arrive early, "k failed so far". */
import { t } from '../../platform/i18n.ts';

interface Props {
  jobsDone: number;
  jobCount: number;
  failedSoFar: number;
}

/** Indeterminate until the scan has created its jobs (jobCount 0). */
export function RunProgress({ jobsDone, jobCount, failedSoFar }: Props) {
  const known = jobCount > 0;
  const done = Math.min(Math.max(jobsDone, 0), jobCount);
  const percent = known ? Math.round((done / jobCount) * 100) : 0;
  return (
    <span class="run-progress">
      <span
        class={known ? 'progress-bar' : 'progress-bar progress-bar--indeterminate'}
        role="progressbar"
        aria-label={t('popup_progressLabel')}
        aria-valuemin={0}
        aria-valuemax={known ? jobCount : undefined}
        aria-valuenow={known ? done : undefined}
      >
        <span class="progress-fill" style={known ? { width: `${percent}%` } : undefined} />
      </span>
      <span class="progress-text">{known ? t('popup_progressJobs', [String(done), String(jobCount)]) : t('popup_progressStarting')}</span>
      {failedSoFar > 0 && <span class="failed-so-far">{t('popup_failedSoFar', String(failedSoFar))}</span>}
    </span>
  );
}
