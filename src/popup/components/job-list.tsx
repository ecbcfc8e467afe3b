/** The jobs of an expanded scan (failed first, as the background sends them), each failed one with its logs. */
import { useState } from 'preact/hooks';
import type { Job, ScanStatus } from '../../core/index.ts';
import type { ClassifiedError } from '../../messages.ts';
import { t } from '../../platform/i18n.ts';
import { formatDuration, formatWhen } from '../format-time.ts';
import { ErrorLogEntry } from './error-log-entry.tsx';
import { StatusIcon } from './status-icon.tsx';

// A job state borrows the icon of the overall status it resembles; unknown states look "not started".
const ICON_OF: Record<string, ScanStatus> = {
  queued: 'not_started',
  running: 'running',
  succeeded: 'completed',
  failed: 'failed',
  timed_out: 'failed',
  stopped: 'stopped',
  skipped: 'not_started',
};
const FAILED = new Set(['failed', 'timed_out']);
// Scans can have hundreds of jobs; the first ones (failed first) are what matters.
const FIRST_JOBS = 50;

function jobStatusLabel(status: string): string {
  return status in ICON_OF ? t(`popup_job_${status}`) : status;
}

function target(job: Job): string {
  return [job.target.account, job.target.region, job.target.service].filter(Boolean).join(' / ');
}

function JobItem({ job, logs, openFirst }: { job: Job; logs: ClassifiedError[]; openFirst: boolean }) {
  const failed = FAILED.has(job.status);
  const [open, setOpen] = useState(openFirst && failed);
  return (
    <li class={`job${failed ? ' job--failed' : ''}`} data-job-id={job.id} data-job-status={job.status}>
      <span class={`job-status status--${ICON_OF[job.status] ?? 'not_started'}`}>
        <StatusIcon status={ICON_OF[job.status] ?? 'not_started'} />
        {jobStatusLabel(job.status)}
      </span>
      <span class="job-name">{job.name}</span>
      {target(job) && <span class="job-target">{target(job)}</span>}
      <span class="job-times">
        {t('popup_jobTimes', [formatWhen(job.startedAt), formatWhen(job.finishedAt), formatDuration(job.durationMs)])}
        {job.attempt > 1 && <span class="job-attempt">{t('popup_jobAttempt', String(job.attempt))}</span>}
      </span>
      {logs.length > 0 && (
        <button type="button" class="link-button" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? t('popup_hideErrors') : t('popup_showErrors', String(logs.length))}
        </button>
      )}
      {open && (
        <ul class="error-logs">
          {logs.map((log) => (
            <ErrorLogEntry key={log.id} log={log} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** Jobs with their logs; logs tied to no listed job appear under "Scan errors". */
export function JobList({ jobs, errors }: { jobs: Job[]; errors: ClassifiedError[] }) {
  const [showAll, setShowAll] = useState(false);
  const byJob = new Map<string, ClassifiedError[]>();
  for (const log of errors) if (log.jobId !== null) byJob.set(log.jobId, [...(byJob.get(log.jobId) ?? []), log]);
  const jobIds = new Set(jobs.map((job) => job.id));
  const scanLevel = errors.filter((log) => log.jobId === null || !jobIds.has(log.jobId));
  const shown = showAll ? jobs : jobs.slice(0, FIRST_JOBS);
  return (
    <div class="jobs">
      {scanLevel.length > 0 && (
        <section aria-label={t('popup_scanErrors')}>
          <h2>{t('popup_scanErrors')}</h2>
          <ul class="error-logs">
            {scanLevel.map((log) => (
              <ErrorLogEntry key={log.id} log={log} />
            ))}
          </ul>
        </section>
      )}
      <h2>{t('popup_jobsHeading', String(jobs.length))}</h2>
      {jobs.length === 0 ? (
        <p class="muted">{t('popup_noJobs')}</p>
      ) : (
        <ul class="job-list">
          {shown.map((job, index) => (
            // The first few failed jobs open their logs: that is usually why the scan was expanded.
            <JobItem key={job.id} job={job} logs={byJob.get(job.id) ?? []} openFirst={index < 3} />
          ))}
        </ul>
      )}
      {shown.length < jobs.length && (
        <button type="button" class="link-button" onClick={() => setShowAll(true)}>
          {t('popup_showAllJobs', String(jobs.length))}
        </button>
      )}
    </div>
  );
}
