/**
 * Single-flight with one trailing run: at most one run at a time. A trigger that arrives while a run is
 * in progress gets a fresh run started after it (all such triggers share that one), never the result of
 * a run that began before it was asked for — "sync now" must reflect the API after the click, and a
 * burst of triggers still costs at most one extra run.
 */

export interface SingleFlight<T> {
  run(): Promise<T>;
  readonly busy: boolean;
}

/** Wraps `task` so at most one instance runs at a time, with triggers during a run coalesced into one more. */
export function singleFlight<T>(task: () => Promise<T>): SingleFlight<T> {
  let current: Promise<T> | null = null;
  let trailing: Promise<T> | null = null;
  const start = (): Promise<T> => {
    current = task().finally(() => {
      current = null;
    });
    return current;
  };
  return {
    run() {
      if (current === null) return start();
      trailing ??= current
        .catch(() => undefined)
        .then(() => {
          trailing = null;
          return start();
        });
      return trailing;
    },
    get busy() {
      return current !== null || trailing !== null;
    },
  };
}
