/** A "Copy support details" button: copies redacted text, or shows it for manual copying. */
import { t } from '../../platform/i18n.ts';
import { el } from './el.ts';

/** The button plus a status line; on failure (no clipboard access) the text is shown selectable. */
export function copyButton(text: string): HTMLElement {
  const status = el('span', { className: 'note', role: 'status' });
  const wrap = el('span', {});
  const button = el('button', {
    type: 'button',
    onClick: () => {
      navigator.clipboard.writeText(text).then(
        () => { status.textContent = t('overlay_copied'); },
        () => {
          status.textContent = t('overlay_copyFailed');
          if (!wrap.querySelector('pre')) wrap.append(el('pre', {}, text));
        },
      );
    },
  }, t('overlay_copySupport'));
  wrap.append(button, ' ', status);
  return wrap;
}
