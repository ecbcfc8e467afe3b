/** The status icon in the product's colours, with its tooltip; a moving bar while running. */
import type { DisplayStatus } from '../scan-status.ts';

const ICONS: Record<string, string> = {
  completed: 'M4 8.5l2.5 2.5L12 5.5', // check
  partially_completed: 'M8 4v5M8 11.5v.5', // exclamation
  failed: 'M5 5l6 6M11 5l-6 6', // cross
  submission_error: 'M8 4v5M8 11.5v.5', // alert
  stopped: 'M5.5 5.5h5v5h-5z', // square
  not_started: 'M6 5l5 3-5 3z', // play
};

/** `.scan-status[data-status][title]`, as docs/dashboard-markup.md describes. */
export function StatusIcon({ status }: { status: DisplayStatus | null }) {
  if (!status) {
    return (
      <span class="scan-status loading" title="Loading status…">
        <span class="status-text">…</span>
      </span>
    );
  }
  return (
    <span class={`scan-status status-${status.status}`} data-status={status.status} title={status.tooltip}>
      {status.status === 'running' ? (
        <span class="progress" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(status.progress * 100)}>
          <span class="progress-bar" style={{ width: `${Math.max(8, status.progress * 100)}%` }} />
        </span>
      ) : (
        <svg class="status-icon" viewBox="0 0 16 16" aria-hidden="true">
          <circle cx="8" cy="8" r="7.5" />
          <path d={ICONS[status.status] ?? ''} />
        </svg>
      )}
      <span class="status-text">{status.label}</span>
    </span>
  );
}
