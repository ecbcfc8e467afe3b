/**
 * In an expanded job list: failed and timed-out job rows highlighted, with a chip naming the error kind.
 * Read per job list, not per row: the list's scan names its few failed jobs and the browser finds their
 * rows, so 10,000 healthy rows cost nothing (a row re-rendered inside a list re-reads that list).
 */
import type { OverlayJob } from '../../messages.ts';
import type { OverlayIndex } from '../overlay-index.ts';
import type { DashboardProfile } from '../profile/types.ts';
import { t } from '../../platform/i18n.ts';
import { translateRef } from '../../platform/translate-ref.ts';
import { errorKindMessage } from '../../core/error-kind-message.ts';
import { addFeatureStyle, clearAnnotations, createAnnotation, markElement } from '../dom/annotation.ts';
import { el } from '../dom/el.ts';
import type { Feature } from '../context.ts';
import { FAILED_ROW_CSS } from './failed-row-css.ts';


/** The chip text: the classified error's kind (a core message), else what the job's status says. */
export function failedJobLabel(job: OverlayJob): string {
  if (job.classification) return translateRef(errorKindMessage(job.classification));
  return job.status === 'timed_out' ? t('overlay_jobTimedOut') : t('overlay_jobFailed');
}

export const failedJob: Feature = {
  name: 'failed-job',
  pages: ['projects'],
  init(signal, { hub, profile, data }) {
    addFeatureStyle('failed-job', FAILED_ROW_CSS);
    hub.watch('failed-job', profile.selectors.jobList, (list) => {
      const marks = failedRows(list, profile, data).map(({ row, job }) => ({
        row,
        job,
        cell: row.querySelector(profile.selectors.jobNameCell) ?? row.firstElementChild ?? row,
      }));
      if (marks.length === 0) return;
      return () => {
        for (const { row, job, cell } of marks) {
          markElement(row, 'failed-job');
          const { host, root } = createAnnotation('failed-job');
          root.append(el('span', { className: 'chip bad', title: job.classification?.evidence ?? '' }, failedJobLabel(job)));
          cell.append(host);
        }
      };
    }, signal, { rereadOnInnerAdd: true });
    signal.addEventListener('abort', () => clearAnnotations(document, 'failed-job'), { once: true });
  },
};

/** The failed job rows of a job list, with their jobs. */
function failedRows(list: Element, profile: DashboardProfile, data: OverlayIndex): Array<{ row: Element; job: OverlayJob }> {
  const first = list.querySelector(profile.selectors.jobRow);
  const scanId = first ? profile.read.scanId(first) : null;
  if (!first) return [];
  if (!scanId) return readEveryRow(list, profile, data); // no scan id on the rows: match job ids alone
  const out: Array<{ row: Element; job: OverlayJob }> = [];
  for (const job of data.failedJobs(scanId)) {
    for (const row of profile.read.jobRowsById(list, job.jobId)) out.push({ row, job });
  }
  return out;
}

/** Fallback for rows without a scan id: read each row's job id. */
function readEveryRow(list: Element, profile: DashboardProfile, data: OverlayIndex): Array<{ row: Element; job: OverlayJob }> {
  const out: Array<{ row: Element; job: OverlayJob }> = [];
  for (const row of list.querySelectorAll(profile.selectors.jobRow)) {
    const jobId = profile.read.jobId(row);
    const job = jobId ? data.job(profile.read.scanId(row), jobId) : undefined;
    if (job?.failed) out.push({ row, job });
  }
  return out;
}
