import type { ScanStatus } from './types.ts';

/** What the notifier remembers of one scan between syncs. */
export interface SnapshotScan {
  scanId: string;
  projectId: string;
  status: ScanStatus;
  createdAt: string;
}

export type Snapshot = ReadonlyArray<SnapshotScan>;

export type TransitionKind = 'broken' | 'still_failing' | 'fixed' | 'started' | 'completed';

export interface Transition {
  /** Stable: the same transition always gets the same key, so a ledger can refuse repeats. */
  key: string;
  kind: TransitionKind;
  scanId: string;
  projectId: string;
  status: ScanStatus;
  previousStatus: ScanStatus | null;
}

/** Transitions worth telling a person about, between two snapshots (previous null = first sync: none). */
export function diffSnapshots(previous: Snapshot | null, next: Snapshot): Transition[] {
  void previous; void next;
  throw new Error('not implemented yet (issue 2)');
}
