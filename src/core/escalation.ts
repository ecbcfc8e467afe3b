import type { ErrorKind, ScanStatus } from './types.ts';

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
  reasons: Array<{ code: EscalationReasonCode; text: string }>;
}

/** Seed 003's "when to contact support", from one project's history. */
export function escalation(history: ReadonlyArray<HistoryEntry>): Escalation {
  void history;
  throw new Error('not implemented yet (issue 2)');
}
