/**
 * The simulated clock every scan runs on. It follows wall time multiplied by `speed` (0 freezes it,
 * which tests use), and can be pushed forward by the control API. Never goes backwards.
 */
export interface SimClock {
  /** Simulated now, epoch ms. */
  now(): number;
  /** Moves simulated time forward by `ms` (negative values are ignored). */
  advance(ms: number): void;
  readonly speed: number;
}

/** A clock starting at `startMs` (default: wall time) running at `speed` × wall time. */
export function createSimClock(speed = 1, startMs = Date.now(), wallNow: () => number = Date.now): SimClock {
  const wallStart = wallNow();
  let offset = 0;
  return {
    speed,
    now: () => Math.floor(startMs + (wallNow() - wallStart) * speed + offset),
    advance(ms: number) {
      if (Number.isFinite(ms) && ms > 0) offset += ms;
    },
  };
}
