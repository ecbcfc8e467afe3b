import type { ScanStatus } from './types.ts';
import { compareTimes } from './time.ts';

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

const BAD: ReadonlySet<ScanStatus> = new Set<ScanStatus>(['failed', 'partially_completed', 'submission_error']);

/** True for the statuses that "break" a project: failed, partially completed, submission error. */
export function isBadStatus(status: ScanStatus): boolean {
  return BAD.has(status);
}

/**
 * Transitions worth telling a person about, between two snapshots (previous null = first sync: the
 * baseline, so nothing — no burst of old news on install).
 *
 * For each scan of `next` whose status changed (or which is new):
 * - → running: `started`;
 * - → failed / partially_completed / submission_error: `still_failing` when the project's previous
 *   finished run was bad too, else `broken`; nothing when the same scan was already bad;
 * - → completed: `fixed` when the project's previous finished run (or this scan before) was bad, else `completed`;
 * - → stopped / not_started: nothing.
 * The project's previous finished run is its newest other scan (by createdAt, from both snapshots)
 * created before this one whose status is completed or bad. A scan new to `next` but older than one
 * already known for its project is history arriving late, not news: skipped.
 * Keys are `${scanId}:${kind}`, so a ledger of sent keys never repeats a transition.
 */
export function diffSnapshots(previous: Snapshot | null, next: Snapshot): Transition[] {
  if (previous === null || previous === undefined) return [];
  const before = new Map(previous.map((s) => [s.scanId, s]));
  const inNext = new Set(next.map((s) => s.scanId));
  const everything = [...next, ...previous.filter((s) => !inNext.has(s.scanId))];
  const out: Transition[] = [];
  const keys = new Set<string>();

  for (const scan of next) {
    const old = before.get(scan.scanId);
    if (old?.status === scan.status) continue;
    if (old === undefined && isHistory(scan, previous)) continue;
    const kind = kindOf(scan, old?.status ?? null, everything);
    if (kind === null) continue;
    const key = `${scan.scanId}:${kind}`;
    if (keys.has(key)) continue;
    keys.add(key);
    out.push({ key, kind, scanId: scan.scanId, projectId: scan.projectId, status: scan.status, previousStatus: old?.status ?? null });
  }
  return out;
}

function kindOf(scan: SnapshotScan, was: ScanStatus | null, everything: Snapshot): TransitionKind | null {
  if (scan.status === 'running') return 'started';
  if (BAD.has(scan.status)) {
    if (was !== null && BAD.has(was)) return null;
    return previousOutcomeBad(scan, everything) ? 'still_failing' : 'broken';
  }
  if (scan.status === 'completed') {
    return (was !== null && BAD.has(was)) || previousOutcomeBad(scan, everything) ? 'fixed' : 'completed';
  }
  return null;
}

/** Whether the project's newest finished run before `scan` was bad; false when there is none. */
function previousOutcomeBad(scan: SnapshotScan, everything: Snapshot): boolean {
  let best: SnapshotScan | undefined;
  for (const other of everything) {
    if (other.projectId !== scan.projectId || other.scanId === scan.scanId) continue;
    if (other.status !== 'completed' && !BAD.has(other.status)) continue;
    if (compareTimes(other.createdAt, scan.createdAt) >= 0) continue;
    if (best === undefined || compareTimes(other.createdAt, best.createdAt) > 0) best = other;
  }
  return best !== undefined && BAD.has(best.status);
}

function isHistory(scan: SnapshotScan, previous: Snapshot): boolean {
  return previous.some((p) => p.projectId === scan.projectId && compareTimes(p.createdAt, scan.createdAt) > 0);
}
