import type { Session } from './session.ts';
import { syncNow, syncState } from './background-hook.ts';

export interface FaultToMeet {
  kind: string;
  match?: string;
  retryAfter?: number;
  /** Responses to spoil; left out, the fault stays until the sync below has met it, then is cleared. */
  count?: number;
}

/**
 * Arms `fault` on the scans list, runs a sync that meets it, and returns that sync's outcome and the
 * error code the background recorded.
 *
 * A one-shot fault could be taken by a pass someone else started (the popup refreshes on open), so
 * without a `count` the fault stays armed until `syncNow` returns: `syncNow` always gets a pass that
 * starts after the call (single-flight.ts), and that pass meets it.
 */
export async function syncIntoFault({ server, ext }: Session, fault: FaultToMeet): Promise<{ outcome: string; code: string | undefined }> {
  await server.control.fault({ match: '/api/v1/scans', count: null, ...fault });
  try {
    const { outcome } = await syncNow(await ext.serviceWorker());
    return { outcome, code: (await syncState(await ext.serviceWorker())).lastError?.code };
  } finally {
    if (fault.count === undefined) await server.control.clearFaults();
  }
}
