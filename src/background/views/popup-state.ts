/** The popup's list state, computed from the cache with the core. */
import { severity, type SourceCapabilities } from '../../core/index.ts';
import type { CacheFacts } from '../../cache/read-cache.ts';
import type { PopupState, ScanRow } from '../../messages.ts';
import { scanRows } from '../scan-rows.ts';

/** Latest runs first, worst first; then older runs, newest first. */
function byAttention(a: ScanRow, b: ScanRow): number {
  if (a.latest !== b.latest) return a.latest ? -1 : 1;
  if (a.latest) {
    const bySeverity = severity(b.status) - severity(a.status);
    if (bySeverity !== 0) return bySeverity;
  }
  return a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0;
}

export interface PopupInput {
  facts: CacheFacts;
  configured: boolean;
  syncing: boolean;
  capabilities: SourceCapabilities;
  now: number;
}

/** Everything the popup list shows. */
export function popupState(input: PopupInput): PopupState {
  const { facts } = input;
  return {
    configured: input.configured,
    connection: input.configured ? facts.sync.connection : 'not_configured',
    lastSuccessAt: facts.sync.lastSuccessAt,
    lastError: facts.sync.lastError,
    syncing: input.syncing,
    capabilities: input.capabilities,
    rows: scanRows(facts, input.now).sort(byAttention),
  };
}
