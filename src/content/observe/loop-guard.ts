/**
 * Guards against observer loops: a page that reacts to our annotations by re-rendering, which we
 * annotate again, and so on. Many writing passes in a row, each hard on the heels of the previous
 * one, mean a loop; the guard then pauses annotation for a while instead of burning the main thread.
 * A dashboard that re-renders on each poll (seconds apart) never trips it.
 */
export interface LoopGuard {
  /** Records the end of one pass; `wrote` says whether it changed the page. */
  record(wrote: boolean): void;
  /** Milliseconds left to pause (0 when not tripped). */
  pauseLeft(): number;
}

export interface LoopGuardOptions {
  /** Writing passes in quick succession that trip the guard. */
  limit?: number;
  /** A pass starting within this many ms of the previous writing pass counts as "in succession". */
  gapMs?: number;
  pauseMs?: number;
  now?: () => number;
}

/** Creates a guard; defaults: 60 writing passes less than 250 ms apart pause the overlay for 5 s. */
export function createLoopGuard({ limit = 60, gapMs = 250, pauseMs = 5000, now = () => performance.now() }: LoopGuardOptions = {}): LoopGuard {
  let streak = 0;
  let lastWrite = -Infinity;
  let pausedUntil = 0;
  return {
    record(wrote) {
      if (!wrote) return;
      const at = now();
      streak = at - lastWrite <= gapMs ? streak + 1 : 1;
      lastWrite = at;
      if (streak >= limit) {
        streak = 0;
        pausedUntil = at + pauseMs;
        console.warn('ScanSight: the dashboard keeps re-rendering what the overlay annotates; pausing the overlay');
      }
    },
    pauseLeft: () => Math.max(0, pausedUntil - now()),
  };
}
