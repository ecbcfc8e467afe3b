/** The core's remediation, per failure kind, as a checklist whose steps can carry an action button. */
import { useState } from 'preact/hooks';
import type { RemediationAction, SourceCapabilities } from '../../core/index.ts';
import type { ScanDetail } from '../../messages.ts';
import { t } from '../../platform/i18n.ts';
import { translateRef } from '../../platform/translate-ref.ts';

const ACTION_LABEL: Record<RemediationAction, string> = {
  'open-integrations': 'popup_actionOpenIntegrations',
  'rerun-scan': 'popup_actionRerun',
  'open-error-logs': 'popup_actionOpenErrorLogs',
  'copy-support-bundle': 'popup_actionCopySupport',
  'contact-support': 'popup_actionContactSupport',
};

interface Props {
  remediation: ScanDetail['remediation'];
  capabilities: SourceCapabilities;
  onAction: (action: RemediationAction) => void;
}

/** Ticks are a scratchpad for this opening only; a fix is confirmed by the next scan, not by a tick. */
export function RemediationChecklist({ remediation, capabilities, onAction }: Props) {
  const [done, setDone] = useState<ReadonlySet<string>>(new Set());
  if (remediation.length === 0) return null;
  const toggle = (key: string) =>
    setDone((current) => {
      const next = new Set(current);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  return (
    <section class="remediation" aria-label={t('popup_remediationHeading')}>
      <h2>{t('popup_remediationHeading')}</h2>
      {remediation.map((group) => (
        <div class="remediation-group" data-kind={group.kind} key={group.kind}>
          <h3>{translateRef(group.labelMessage)}</h3>
          <ol class="checklist">
            {group.steps.map((step) => {
              const key = `${group.kind}:${step.id}`;
              const action = step.action && (step.action !== 'rerun-scan' || capabilities.canRerun) ? step.action : undefined;
              return (
                <li key={step.id} data-step-id={step.id} class={done.has(key) ? 'step step--done' : 'step'}>
                  <label>
                    <input type="checkbox" checked={done.has(key)} onChange={() => toggle(key)} />
                    <span>{translateRef(step.message)}</span>
                  </label>
                  {action && (
                    <button type="button" class="step-action" data-action={action} onClick={() => onAction(action)}>
                      {t(ACTION_LABEL[action] ?? 'popup_actionOpenErrorLogs')}
                    </button>
                  )}
                </li>
              );
            })}
          </ol>
        </div>
      ))}
    </section>
  );
}
