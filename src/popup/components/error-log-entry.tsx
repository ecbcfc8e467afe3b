/** One error log: its kind, the message, and the full log (monospace, expandable, copyable). */
import { useState } from 'preact/hooks';
import type { ClassifiedError } from '../../messages.ts';
import { t } from '../../platform/i18n.ts';
import { formatWhen } from '../format-time.ts';
import { CopyButton } from './copy-button.tsx';

/** Full text of a log for copying and the expanded view. */
export function logText(log: ClassifiedError): string {
  return [log.code, log.message, log.detail].filter((part) => part !== null && part !== '').join('\n');
}

/** API text is rendered as text nodes only. */
export function ErrorLogEntry({ log }: { log: ClassifiedError }) {
  const [open, setOpen] = useState(false);
  const kind = log.classification?.kind ?? 'unknown';
  const bodyId = `log-${log.id}`;
  return (
    <li class="error-log" data-error-id={log.id} data-kind={kind}>
      <div class="error-log-head">
        <span class={`kind kind--${kind}`}>{t(`popup_kind_${kind}`)}</span>
        <span class="error-time">{formatWhen(log.at)}</span>
        {log.code && <code class="error-code">{log.code}</code>}
      </div>
      <p class="error-message">{log.message}</p>
      <div class="error-log-actions">
        <button type="button" class="link-button" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
          {open ? t('popup_hideLog') : t('popup_showLog')}
        </button>
        <CopyButton text={logText(log)} label={t('popup_copyLog')} />
      </div>
      {open && (
        <pre class="log-text" id={bodyId} tabIndex={0}>
          {logText(log)}
        </pre>
      )}
    </li>
  );
}
