/** "Contact support": why the core recommends it, and the redacted support bundle ready to copy. */
import type { Escalation } from '../../core/index.ts';
import { t } from '../../platform/i18n.ts';
import { translateRef } from '../../platform/translate-ref.ts';
import { CopyButton } from './copy-button.tsx';

interface Props {
  escalation: Escalation;
  bundle: string;
  /** Lets the "Contact support" step move focus here. */
  headingRef?: (element: HTMLHeadingElement | null) => void;
}

/** The bundle is already redacted by the core; it is shown as plain text. */
export function SupportBlock({ escalation, bundle, headingRef }: Props) {
  return (
    <section class="support" data-support-block aria-labelledby="support-heading">
      <h2 id="support-heading" tabIndex={-1} ref={headingRef}>
        {t('popup_supportHeading')}
      </h2>
      {escalation.reasons.length > 0 && (
        <ul class="support-reasons">
          {escalation.reasons.map((reason) => (
            <li key={reason.code} data-reason={reason.code}>
              {translateRef(reason.message)}
            </li>
          ))}
        </ul>
      )}
      <p class="muted">{t('popup_supportHint')}</p>
      <pre class="log-text support-bundle" tabIndex={0}>
        {bundle}
      </pre>
      <CopyButton text={bundle} label={t('popup_actionCopySupport')} />
    </section>
  );
}
