/**
 * Single-flight with one trailing run: at most one instance runs at a time, and a trigger never
 * gets a result that started before it.
 *
 * - `join()` (a timer or a start-up: any pass will do) shares the run in progress, or starts one.
 * - `run()` (a refresh click, an action, saved settings: the caller wants the world as it is now)
 *   starts at once when idle; when busy, it waits for one follow-up run that starts after the one
 *   in progress ends. Every `run()` made during the same busy spell shares that follow-up, so a burst
 *   of triggers costs at most one extra pass.
 */

export interface SingleFlight<T> {
  run(): Promise<T>;
  join(): Promise<T>;
  readonly busy: boolean;
}

/** Wraps `task` so at most one instance runs at a time. */
export function singleFlight<T>(task: () => Promise<T>): SingleFlight<T> {
  let current: Promise<T> | null = null;
  let next: Promise<T> | null = null;
  const start = (): Promise<T> => {
    const run = task().finally(() => {
      if (current === run) current = null;
    });
    current = run;
    return run;
  };
  return {
    join() {
      return next ?? current ?? start();
    },
    run() {
      // A follow-up already queued is shared even in the instant between the run ending and it starting.
      if (next !== null) return next;
      if (current === null) return start();
      next ??= current
        .then(() => undefined, () => undefined)
        .then(() => {
          next = null;
          return start();
        });
      return next;
    },
    get busy() {
      return current !== null || next !== null;
    },
  };
}
