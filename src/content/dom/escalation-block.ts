/** The contact-support advice for a project whose failures call for it: the core's reasons, and the copy-details button. */
import type { OverlayProject } from '../../messages.ts';
import { t } from '../../platform/i18n.ts';
import { translateRef } from '../../platform/translate-ref.ts';
import { copyButton } from './copy-button.ts';
import { el } from './el.ts';

/** The advice's elements (to append to a card), or none when the project's escalation does not recommend it. */
export function escalationBlock(project: OverlayProject, supportBundle: string | null): HTMLElement[] {
  if (!project.escalation.recommend) return [];
  const reasons = el('ul', {});
  for (const reason of project.escalation.reasons) reasons.append(el('li', {}, translateRef(reason.message)));
  const out = [el('p', {}, t('overlay_contactSupport')), reasons];
  if (supportBundle) out.push(el('div', { className: 'actions' }, copyButton(supportBundle)));
  return out;
}
