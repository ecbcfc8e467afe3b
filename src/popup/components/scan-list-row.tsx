/** One scan in the list: badge, project, scan name and type, start and duration or live progress. */
import type { ScanRow } from '../../messages.ts';
import { t } from '../../platform/i18n.ts';
import { elapsedMs, formatDuration, formatWhen } from '../format-time.ts';
import { isSnoozed } from '../../core/snooze.ts';
import { RunProgress } from './run-progress.tsx';
import { StatusBadge } from './status-badge.tsx';

interface Props {
  row: ScanRow;
  index: number;
  expanded: boolean;
  active: boolean;
  now: number;
  detailId: string;
  onToggle: (index: number) => void;
}

/** A focusable grid row (roving tabindex); attributes data-scan-id / data-status are a stable contract. */
export function ScanListRow({ row, index, expanded, active, now, detailId, onToggle }: Props) {
  const flags = [
    row.acknowledged ? t('popup_flagAcknowledged') : null,
    row.muted ? t('popup_flagMuted') : null,
    isSnoozed(row.snoozedUntil, now) ? t('popup_flagSnoozed') : null,
  ].filter((flag): flag is string => flag !== null);
  return (
    <div
      role="row"
      class={`scan-row${expanded ? ' scan-row--expanded' : ''}${row.muted ? ' scan-row--muted' : ''}`}
      data-scan-id={row.scanId}
      data-status={row.status}
      data-index={index}
      aria-rowindex={index + 1}
      aria-level={1}
      aria-expanded={expanded}
      aria-controls={expanded ? detailId : undefined}
      aria-selected={active}
      tabIndex={active ? 0 : -1}
      onClick={() => onToggle(index)}
    >
      <span role="gridcell" class="scan-row-main">
        <StatusBadge status={row.status} />
        <span class="project-name">{row.projectName}</span>
        <span class="scan-name">
          {row.scanName}
          <span class="scan-kind">{row.kind}</span>
        </span>
        {flags.length > 0 && <span class="row-flags">{flags.join(' · ')}</span>}
        <span class="chevron" aria-hidden="true" />
      </span>
      <span role="gridcell" class="scan-row-meta">
        {row.status === 'running' ? (
          <RunProgress jobsDone={row.jobsDone} jobCount={row.jobCount} failedSoFar={row.failedSoFar} />
        ) : null}
        <span class="when">
          {row.startedAt !== null ? t('popup_startedAt', formatWhen(row.startedAt)) : t('popup_createdAt', formatWhen(row.createdAt))}
        </span>
        <span class="duration">{formatDuration(elapsedMs(row, now))}</span>
      </span>
    </div>
  );
}
