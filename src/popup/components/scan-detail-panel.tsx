/** The expanded scan: why it is in this state, what to do, whom to ask, and its jobs and logs. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { RemediationAction } from '../../core/index.ts';
import type { PopupState, ScanDetail, ScanRow } from '../../messages.ts';
import { sendMessage } from '../../platform/send-message.ts';
import { t } from '../../platform/i18n.ts';
import { useActionRunner } from '../use-action-runner.ts';
import { copyText } from './copy-button.tsx';
import { JobList } from './job-list.tsx';
import { RemediationChecklist } from './remediation-checklist.tsx';
import { ScanActions } from './scan-actions.tsx';
import { SupportBlock } from './support-block.tsx';

interface Props {
  row: ScanRow;
  /** A new state object means something changed: the detail is re-read. */
  state: PopupState;
  now: number;
  onChanged: () => void;
}

/** Loads 'popup/detail' for the row, again whenever the popup state changes. */
export function ScanDetailPanel({ row, state, now, onChanged }: Props) {
  const [detail, setDetail] = useState<ScanDetail | null | undefined>(undefined);
  const [showSupport, setShowSupport] = useState(false);
  const supportHeading = useRef<HTMLHeadingElement | null>(null);
  const runner = useActionRunner(onChanged);

  useEffect(() => {
    let live = true;
    sendMessage('popup/detail', { scanId: row.scanId }).then(
      (next) => live && setDetail(next),
      () => live && setDetail(null),
    );
    return () => {
      live = false;
    };
  }, [row.scanId, state]);

  useEffect(() => {
    if (showSupport) supportHeading.current?.focus();
  }, [showSupport]);

  const onAction = async (action: RemediationAction) => {
    if (action === 'open-integrations') await runner.run('open/integrations', {});
    else if (action === 'rerun-scan') await runner.run('scan/rerun', { scanId: row.scanId });
    else if (action === 'open-error-logs') await runner.run('open/dashboard', { scanId: row.scanId, page: 'errors' });
    else if (action === 'copy-support-bundle') runner.say((await copyText(detail?.supportBundle ?? '')) ? t('popup_copied') : t('popup_copyFailed'));
    else if (action === 'contact-support') setShowSupport(true);
  };

  return (
    <div class="scan-detail" data-detail-for={row.scanId}>
      <ScanActions row={row} capabilities={state.capabilities} now={now} runner={runner} />
      <p class="notice" role="status">{runner.notice}</p>
      {row.reason && <p class="reason">{row.reason}</p>}
      {detail === undefined && <p class="muted">{t('popup_loadingDetail')}</p>}
      {detail === null && <p class="muted">{t('popup_detailUnavailable')}</p>}
      {detail && (
        <>
          {detail.scan.submissionError && <p class="submission-error">{detail.scan.submissionError}</p>}
          {detail.integration && (
            <p class="integration" data-auth={detail.integration.lastAuthStatus}>
              {t('popup_integration', [detail.integration.name, detail.integration.provider])}
              {detail.integration.lastAuthStatus === 'failed' && <strong> {t('popup_integrationAuthFailed')}</strong>}
            </p>
          )}
          <RemediationChecklist remediation={detail.remediation} capabilities={state.capabilities} onAction={onAction} />
          {(detail.escalation.recommend || showSupport) && (
            <SupportBlock escalation={detail.escalation} bundle={detail.supportBundle} headingRef={(el) => (supportHeading.current = el)} />
          )}
          <JobList jobs={detail.jobs} errors={detail.errors} />
        </>
      )}
    </div>
  );
}
