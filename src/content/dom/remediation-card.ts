/** The remediation card: the core's steps for each failure kind of a scan, with action links. */
import type { OverlayScan } from '../../messages.ts';
import { t } from '../../platform/i18n.ts';
import { translateRef } from '../../platform/translate-ref.ts';
import { el } from './el.ts';
import { copyButton } from './copy-button.ts';
import type { RemediationAction } from '../../core/index.ts';

/** Where the card's actions go; absent ones are left out. */
export interface CardLinks {
  integrations: string;
  /** The dashboard's own name for that page, when it has one; else ScanSight's localised name. */
  integrationsLabel?: string;
  /** The project's History tab (to open its error logs); null when already there. */
  history: string | null;
  /** Brings the dashboard's own Re-run button into view (the overlay never clicks it). */
  focusRerun: (() => boolean) | null;
}

/**
 * The card's content (to append to an annotation's shadow root): one block per remediation, as the
 * background chose them (a submission error already gets its own checklist alone, see `remediationOf`).
 */
export function remediationCard(scan: OverlayScan, links: CardLinks): HTMLElement {
  const card = el('section', { className: 'card', ariaLabel: t('overlay_hintTitle') });
  for (const block of scan.remediation) {
    card.append(el('h3', {}, translateRef(block.labelMessage)));
    const list = el('ol', {});
    for (const step of block.steps) {
      list.append(el('li', {}, translateRef(step.message), ' ', step.action ? actionControl(step.action, scan, links) : null));
    }
    card.append(list);
  }
  return card;
}

function actionControl(action: RemediationAction, scan: OverlayScan, links: CardLinks): HTMLElement | null {
  switch (action) {
    case 'open-integrations':
      return el('a', { href: links.integrations }, links.integrationsLabel ?? t('overlay_actionIntegrations'));
    case 'open-error-logs':
      return links.history ? el('a', { href: links.history }, t('overlay_actionErrorLogs')) : null;
    case 'rerun-scan': {
      const focus = links.focusRerun;
      if (focus) return el('button', { type: 'button', onClick: () => void focus() }, t('overlay_actionRerun'));
      return links.history ? el('a', { href: links.history }, t('overlay_actionRerun')) : null;
    }
    case 'copy-support-bundle':
      return scan.supportBundle ? copyButton(scan.supportBundle) : null;
    case 'contact-support':
      return null;
  }
}
