/** Single-flight: while a run is in progress, further triggers join it instead of starting another. */

export interface SingleFlight<T> {
  run(): Promise<T>;
  readonly busy: boolean;
}

/** Wraps `task` so at most one instance runs at a time. */
export function singleFlight<T>(task: () => Promise<T>): SingleFlight<T> {
  let current: Promise<T> | null = null;
  return {
    run() {
      current ??= task().finally(() => {
        current = null;
      });
      return current;
    },
    get busy() {
      return current !== null;
    },
  };
}
