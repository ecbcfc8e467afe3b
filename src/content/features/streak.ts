/**
 * History tab: a failure-streak marker above the table and, when the core's escalation recommends
 * it, the contact-support advice with its reasons and a copy-support-details button.
 */
import type { OverlayProject, OverlayScan } from '../../messages.ts';
import { t } from '../../platform/i18n.ts';
import { translateRef } from '../../platform/translate-ref.ts';
import { clearAnnotations, createAnnotation } from '../dom/annotation.ts';
import { copyButton } from '../dom/copy-button.ts';
import { el } from '../dom/el.ts';
import type { Feature } from '../context.ts';

/** Streaks shorter than this are a single failure, which the status chip already tells. */
export const MIN_STREAK = 2;

/** The banner's content for a project. */
export function streakBanner(project: OverlayProject, latest: OverlayScan | undefined): HTMLElement {
  const card = el('section', { className: 'card', ariaLabel: t('overlay_streakTitle') });
  if (project.failureStreak >= MIN_STREAK) {
    card.append(el('h3', {}, t('overlay_streak', String(project.failureStreak))));
  }
  if (project.escalation.recommend) {
    card.append(el('p', {}, t('overlay_contactSupport')));
    const reasons = el('ul', {});
    for (const reason of project.escalation.reasons) reasons.append(el('li', {}, translateRef(reason.message)));
    card.append(reasons);
    if (latest?.supportBundle) card.append(el('div', { className: 'actions' }, copyButton(latest.supportBundle)));
  }
  return card;
}

export const streak: Feature = {
  name: 'streak',
  pages: ['history'],
  init(signal, { hub, profile, data, url }) {
    const projectId = profile.urls.projectId(url);
    const project = projectId ? data.project(projectId) : undefined;
    if (!project || (project.failureStreak < MIN_STREAK && !project.escalation.recommend)) return;
    const latest = project.latestScanId ? data.scan(project.latestScanId) : undefined;
    hub.watch('streak', profile.selectors.historyTable, (table) => () => {
      // One banner per page: a re-rendered table must not leave the old one behind.
      clearAnnotations(document, 'streak');
      const { host, root } = createAnnotation('streak', 'block');
      root.append(streakBanner(project, latest));
      table.before(host);
    }, signal);
    signal.addEventListener('abort', () => clearAnnotations(document, 'streak'), { once: true });
  },
};
