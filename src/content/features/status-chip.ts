/**
 * Under each project's status: the job breakdown from the cache ("1 of 36 jobs failed"). The chip hangs
 * inside the status cell out of flow, so the dashboard's header grid keeps its columns and widths.
 */
import type { OverlayProject } from '../../messages.ts';
import { t } from '../../platform/i18n.ts';
import { statusText } from '../../platform/translate-ref.ts';
import { clearAnnotations, createAnnotation } from '../dom/annotation.ts';
import { el } from '../dom/el.ts';
import type { Feature } from '../context.ts';

/** The chip's text and tone for a project's latest scan. */
export function chipFor(project: OverlayProject): { text: string; tone: 'bad' | 'warn' | 'ok' | '' } {
  const { failed, running, succeeded, jobCount } = project;
  if (failed > 0) return { text: t('overlay_chipFailed', [String(failed), String(jobCount)]), tone: failed === jobCount ? 'bad' : 'warn' };
  if (running > 0) return { text: t('overlay_chipRunning', [String(running), String(jobCount)]), tone: '' };
  if (succeeded === jobCount) return { text: t('overlay_chipAllSucceeded', String(jobCount)), tone: 'ok' };
  return { text: t('overlay_chipSucceeded', [String(succeeded), String(jobCount)]), tone: '' };
}

export const statusChip: Feature = {
  name: 'status-chip',
  pages: ['projects'],
  init(signal, { hub, profile, data }) {
    hub.watch('status-chip', profile.selectors.projectRow, (row) => {
      const projectId = profile.read.projectId(row);
      const project = projectId ? data.project(projectId) : undefined;
      if (!project || project.jobCount === 0) return;
      const { text, tone } = chipFor(project);
      const tooltip = t('overlay_chipTooltip', [project.status ? statusText(project.status) : '', String(project.failed), String(project.succeeded), String(project.running)]);
      const stale = profile.read.scanId(row) !== project.latestScanId;
      const anchor = row.querySelector(profile.selectors.statusIcon);
      const header = row.querySelector(profile.selectors.projectHeader);
      return () => {
        // Without a status cell to hang in, a line of its own under the header: never a grid cell of its own.
        const { host, root } = createAnnotation('status-chip', anchor ? 'badge' : 'block');
        root.append(el('span', { className: `chip ${tone}`, title: stale ? `${tooltip}\n${t('overlay_chipStale')}` : tooltip }, text));
        if (anchor) anchor.append(host);
        else if (header) header.after(host);
        else row.prepend(host);
      };
    }, signal);
    signal.addEventListener('abort', () => clearAnnotations(document, 'status-chip'), { once: true });
  },
};
