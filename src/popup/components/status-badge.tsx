/** The aggregated status badge: icon + colour + the product's label. */
import type { ScanStatus } from '../../core/index.ts';
import { statusText } from '../../platform/translate-ref.ts';
import { StatusIcon } from './status-icon.tsx';

/** Its text content is exactly statusText(status) (in English, the dashboard's label), which tests and the e2e suite match on. */
export function StatusBadge({ status }: { status: ScanStatus }) {
  return (
    <span class={`status-badge status--${status}`} data-status={status}>
      <StatusIcon status={status} />
      <span class="status-badge-label">{statusText(status)}</span>
    </span>
  );
}
