/** One row of the History tab's `table.history`: `tr[data-scan-id]` with its status and ⋮ menu. */
import type { Job, Scan } from '../../../src/core/index.ts';
import { displayStatus } from '../scan-status.ts';
import { shortDate, scanDuration } from '../format.ts';
import { StatusIcon } from './status-icon.tsx';
import { RowMenu } from './row-menu.tsx';
import { stopScan } from '../api.ts';
import { refresh } from '../store.ts';

export interface HistoryRowProps {
  scan: Scan;
  jobs: readonly Job[] | undefined;
  connector: string;
  now: number;
  onShowErrors: () => void;
}

/** A past (or running) scan of the project. */
export function HistoryRow({ scan, jobs, connector, now, onShowErrors }: HistoryRowProps) {
  const status = displayStatus(scan, jobs);
  const failedJobs = (jobs ?? []).filter((j) => j.status === 'failed' || j.status === 'timed_out').length;
  return (
    <tr class="history-row" data-scan-id={scan.id}>
      <td class="scan-name">{scan.name}</td>
      <td class="status-cell"><StatusIcon status={status} /></td>
      <td><time dateTime={scan.startedAt ?? scan.createdAt}>{shortDate(scan.startedAt ?? scan.createdAt)}</time></td>
      <td>{scanDuration(scan.startedAt, scan.finishedAt, now)}</td>
      <td>{scan.jobCount}{failedJobs > 0 ? ` (${failedJobs} failed)` : ''}</td>
      <td class="muted">{connector}</td>
      <td class="row-end">
        {status?.status === 'running' && (
          <button type="button" class="btn" data-action="stop" onClick={() => void stopScan(scan.id).then(refresh)}>Stop</button>
        )}
        <RowMenu label={`Actions for ${scan.name}`} items={[{ action: 'error', label: 'Error', onSelect: onShowErrors }]} />
      </td>
    </tr>
  );
}
