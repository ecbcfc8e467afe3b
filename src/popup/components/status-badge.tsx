/** The aggregated status badge: icon + colour + the product's label. */
import type { ScanStatus } from '../../core/index.ts';
import { statusLabel } from '../../core/status-label.ts';
import { StatusIcon } from './status-icon.tsx';

/** Its text content is exactly statusLabel(status), which tests and the e2e suite match on. */
export function StatusBadge({ status }: { status: ScanStatus }) {
  return (
    <span class={`status-badge status--${status}`} data-status={status}>
      <StatusIcon status={status} />
      <span class="status-badge-label">{statusLabel(status)}</span>
    </span>
  );
}
