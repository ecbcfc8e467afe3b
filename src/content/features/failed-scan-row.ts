/**
 * Scans page (one row per scan, Prowler App): a failed scan's row is highlighted and its status cell
 * gets a chip naming why it failed (the core's label for the classified error, else the status).
 * Rows re-rendered in place with another scan's text are read again (the profile says so).
 */
import type { OverlayScan } from '../../messages.ts';
import { isBadStatus } from '../../core/diff-snapshots.ts';
import { addFeatureStyle, clearAnnotations, createAnnotation, markElement } from '../dom/annotation.ts';
import { el } from '../dom/el.ts';
import { t } from '../../platform/i18n.ts';
import { statusText } from '../../platform/translate-ref.ts';
import { failedJobLabel } from './failed-job.ts';
import type { Feature } from '../context.ts';
import { FAILED_ROW_CSS } from './failed-row-css.ts';

/** The chip's text and tooltip: the first failed job's classified kind, else the scan's status (both in the browser's language). */
export function failedScanChip(scan: OverlayScan): { text: string; title: string } {
  const job = scan.jobs.find((j) => j.failed && j.classification);
  const status = statusText(scan.status, t);
  return { text: job ? failedJobLabel(job) : status, title: job?.classification?.evidence ?? status };
}

export const failedScanRow: Feature = {
  name: 'failed-scan-row',
  pages: ['scans'],
  init(signal, { hub, profile, data }) {
    addFeatureStyle('failed-job', FAILED_ROW_CSS);
    hub.watch('failed-job', profile.selectors.historyRow, (row) => {
      const scanId = profile.read.scanId(row);
      const scan = scanId ? data.scan(scanId) : undefined;
      if (!scan || !isBadStatus(scan.status)) return;
      const { text, title } = failedScanChip(scan);
      const cell = profile.read.statusCell?.(row) ?? row.querySelector(profile.selectors.statusIcon)?.closest('td') ?? row.lastElementChild ?? row;
      return () => {
        markElement(row, 'failed-job');
        const { host, root } = createAnnotation('failed-job');
        root.append(el('span', { className: 'chip bad', title }, text));
        cell.append(host);
      };
    }, signal);
    signal.addEventListener('abort', () => clearAnnotations(document, 'failed-job'), { once: true });
  },
};
