/** In an expanded job list: failed and timed-out job rows highlighted, with a chip naming the error kind. */
import type { OverlayJob } from '../../messages.ts';
import { t } from '../../platform/i18n.ts';
import { addFeatureStyle, clearAnnotations, createAnnotation, markElement } from '../dom/annotation.ts';
import { el } from '../dom/el.ts';
import type { Feature } from '../context.ts';

// Outline and tint only: the page's layout does not move.
const HIGHLIGHT_CSS = `
tr[data-scansight="failed-job"] > td { background-color: rgba(207, 34, 46, 0.08) !important; }
tr[data-scansight="failed-job"] > td:first-child { box-shadow: inset 3px 0 0 #cf222e; }
`;

/** The chip text: the core's label for the classified error, else what the job's status says. */
export function failedJobLabel(job: OverlayJob): string {
  if (job.kindLabel) return job.kindLabel;
  return job.status === 'timed_out' ? t('overlay_jobTimedOut') : t('overlay_jobFailed');
}

export const failedJob: Feature = {
  name: 'failed-job',
  pages: ['projects'],
  init(signal, { hub, profile, data }) {
    addFeatureStyle('failed-job', HIGHLIGHT_CSS);
    hub.watch('failed-job', profile.selectors.jobRow, (row) => {
      const jobId = profile.read.jobId(row);
      const job = jobId ? data.job(profile.read.scanId(row), jobId) : undefined;
      if (!job?.failed) return;
      const cell = row.querySelector(profile.selectors.jobNameCell) ?? row.firstElementChild;
      const label = failedJobLabel(job);
      const evidence = job.classification?.evidence ?? '';
      return () => {
        markElement(row, 'failed-job');
        const { host, root } = createAnnotation('failed-job');
        root.append(el('span', { className: 'chip bad', title: evidence }, label));
        (cell ?? row).append(host);
      };
    }, signal);
    signal.addEventListener('abort', () => clearAnnotations(document, 'failed-job'), { once: true });
  },
};
