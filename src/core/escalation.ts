import { msg, type MessageRef } from './message-ref.ts';
import type { ErrorKind, ScanStatus } from './types.ts';
import { compareTimes } from './time.ts';

/** One run of a project, newest or oldest first (order is not assumed: sorted by createdAt). */
export interface HistoryEntry {
  scanId: string;
  status: ScanStatus;
  createdAt: string;
  integrationId: string | null;
  /** When the integration this run used was created (ISO), if known. */
  integrationCreatedAt?: string | null;
  /** Kinds of the run's classified error logs. */
  errorKinds: ReadonlyArray<ErrorKind>;
}

export type EscalationReasonCode = 'repeated_failures' | 'new_integration_still_failing' | 'unknown_errors';

export interface Escalation {
  recommend: boolean;
  /** `text` in English (support bundle); `message` for the UIs (see message-ref.ts). */
  reasons: Array<{ code: EscalationReasonCode; text: string; message: MessageRef }>;
}

/**
 * "Repeated failures after retrying": this many consecutive failed finished runs, newest first —
 * the first failure and at least two re-runs that failed again.
 */
export const REPEATED_FAILURE_THRESHOLD = 3;

const FAILED: ReadonlySet<ScanStatus> = new Set<ScanStatus>(['failed', 'partially_completed', 'submission_error']);
const FINISHED: ReadonlySet<ScanStatus> = new Set<ScanStatus>([...FAILED, 'completed']);
// Failures whose fix is in the user's hands and already named by the hint: repeating them is not a support case.
const USER_FIXABLE: ReadonlySet<ErrorKind> = new Set<ErrorKind>(['insufficient_permissions', 'configuration']);

/**
 * Seed 003's "when to contact support", from one project's history. Only finished runs count
 * (completed, failed, partially completed, submission error); running, stopped and not-started runs
 * are skipped. Three reasons:
 * - `repeated_failures`: the newest {@link REPEATED_FAILURE_THRESHOLD} finished runs all failed,
 *   unless every error they logged is a permission or configuration problem (the user's fix, named by the hint);
 * - `new_integration_still_failing`: the newest finished run failed authentication with an
 *   integration created after an earlier run's authentication failure (or, when creation times are
 *   unknown, a different integration than that run's);
 * - `unknown_errors`: the newest finished run logged an error of unknown kind.
 */
export function escalation(history: ReadonlyArray<HistoryEntry>): Escalation {
  const runs = [...(history ?? [])].filter((h) => FINISHED.has(h.status)).sort((a, b) => compareTimes(b.createdAt, a.createdAt));
  const reasons: Escalation['reasons'] = [];
  const latest = runs[0];
  if (latest === undefined) return { recommend: false, reasons };

  const streak = runs.slice(0, REPEATED_FAILURE_THRESHOLD);
  if (streak.length === REPEATED_FAILURE_THRESHOLD && streak.every((r) => FAILED.has(r.status))) {
    const kinds = streak.flatMap((r) => r.errorKinds ?? []);
    if (kinds.length === 0 || kinds.some((k) => !USER_FIXABLE.has(k))) {
      reasons.push({ code: 'repeated_failures', text: `The last ${REPEATED_FAILURE_THRESHOLD} runs failed, re-runs included: retrying is not fixing it.`, message: msg('escalation_repeated_failures', String(REPEATED_FAILURE_THRESHOLD)) });
    }
  }

  if (FAILED.has(latest.status) && kindsOf(latest).includes('invalid_credentials')) {
    const earlier = runs.slice(1).find((r) => kindsOf(r).includes('invalid_credentials'));
    if (earlier !== undefined && isNewerIntegration(latest, earlier)) {
      reasons.push({ code: 'new_integration_still_failing', text: 'Authentication still fails with an integration created after the earlier authentication failure: the credentials are probably not the problem.', message: msg('escalation_new_integration_still_failing') });
    }
  }

  if (kindsOf(latest).includes('unknown')) {
    reasons.push({ code: 'unknown_errors', text: 'The latest run logged an unknown processing error.', message: msg('escalation_unknown_errors') });
  }
  return { recommend: reasons.length > 0, reasons };
}

function kindsOf(entry: HistoryEntry): ReadonlyArray<ErrorKind> {
  return Array.isArray(entry.errorKinds) ? entry.errorKinds : [];
}

function isNewerIntegration(latest: HistoryEntry, earlier: HistoryEntry): boolean {
  if (latest.integrationCreatedAt) return compareTimes(latest.integrationCreatedAt, earlier.createdAt) > 0;
  return latest.integrationId !== null && earlier.integrationId !== null && latest.integrationId !== earlier.integrationId;
}
