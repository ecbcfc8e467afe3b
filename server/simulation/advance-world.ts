/** Moves the whole world to a simulated time: lively projects start runs, active scans progress. */
import type { ServerState } from '../state.ts';
import { advanceScan } from './advance-scan.ts';
import { startRun } from './start-run.ts';
import { isRunning } from './transitions.ts';

// After a big clock jump, replay at most this many missed auto-runs per project (older ones are skipped).
const MAX_MISSED_RUNS = 20;

function latestScan(state: ServerState, projectId: string) {
  const ids = state.projects.get(projectId)?.scanIds ?? [];
  const id = ids[ids.length - 1];
  return id ? state.scans.get(id) : undefined;
}

function runAutoRuns(state: ServerState, now: number): void {
  for (const auto of state.autoRuns) {
    if (!state.projects.has(auto.projectId)) continue;
    auto.nextAt = Math.max(auto.nextAt, now - MAX_MISSED_RUNS * auto.everyMs);
    while (auto.nextAt <= now) {
      const latest = latestScan(state, auto.projectId);
      if (latest) advanceScan(latest, auto.nextAt);
      if (!latest || !isRunning(latest)) startRun(state, auto.projectId, { at: auto.nextAt });
      auto.nextAt += auto.everyMs;
    }
  }
}

/** Advances every active scan (and the auto-runs) to `now`. */
export function advanceWorld(state: ServerState, now: number): void {
  runAutoRuns(state, now);
  for (const id of state.active) {
    const record = state.scans.get(id);
    const pending = record ? advanceScan(record, now) : false;
    if (!pending) state.active.delete(id);
  }
}
