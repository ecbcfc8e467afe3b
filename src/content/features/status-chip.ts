/** Beside each project's status icon: the job breakdown from the cache ("1 of 36 jobs failed"). */
import type { OverlayProject } from '../../messages.ts';
import { t } from '../../platform/i18n.ts';
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
      const tooltip = t('overlay_chipTooltip', [project.label, String(project.failed), String(project.succeeded), String(project.running)]);
      const stale = profile.read.scanId(row) !== project.latestScanId;
      const anchor = row.querySelector(profile.selectors.statusIcon);
      return () => {
        const { host, root } = createAnnotation('status-chip');
        root.append(el('span', { className: `chip ${tone}`, title: stale ? `${tooltip}\n${t('overlay_chipStale')}` : tooltip }, text));
        if (anchor) anchor.after(host);
        else (row.querySelector(profile.selectors.projectHeader) ?? row).append(host);
      };
    }, signal);
    signal.addEventListener('abort', () => clearAnnotations(document, 'status-chip'), { once: true });
  },
};
