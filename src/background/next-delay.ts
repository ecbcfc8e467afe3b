/**
 * When to sync next. Fast while anything runs or is being submitted, slow when idle; never sooner
 * than the server's poll hint or Retry-After; after errors, exponential backoff with jitter, capped.
 */

/** chrome.alarms' minimum period in MV3, and the fast cadence while scans run. */
export const FAST_POLL_MS = 30_000;
/** Backoff never waits longer than this between attempts. */
export const MAX_BACKOFF_MS = 30 * 60_000;
/** Offline: look again soon, without touching the network. */
export const OFFLINE_RETRY_MS = 60_000;
/** The longest wait (the longest idle period, and the cap on server hints): a hint stored before hints were capped cannot stop syncing. */
export const MAX_DELAY_MS = 24 * 60 * 60_000;

export interface DelayInput {
  outcome: 'ok' | 'error' | 'offline' | 'not_configured';
  /** Any scan running or submitting. */
  active: boolean;
  idleMinutes: number;
  pollHintMs?: number | null;
  retryAfterMs?: number | null;
  /** Consecutive failed syncs, this one included. */
  failures: number;
  /** A number in [0, 1) for jitter. */
  random: number;
}

/** The delay in ms until the next sync (at least {@link FAST_POLL_MS}, at most {@link MAX_DELAY_MS}). */
export function nextDelayMs(input: DelayInput): number {
  const idleMs = Math.max(1, input.idleMinutes) * 60_000;
  let delay: number;
  switch (input.outcome) {
    case 'not_configured':
      delay = idleMs;
      break;
    case 'offline':
      delay = OFFLINE_RETRY_MS;
      break;
    case 'error': {
      const exponential = Math.min(MAX_BACKOFF_MS, FAST_POLL_MS * 2 ** Math.max(0, input.failures - 1));
      // Full jitter over the upper half: spreads clients out, never collapses to zero.
      delay = exponential / 2 + (exponential / 2) * input.random;
      break;
    }
    default:
      delay = input.active ? FAST_POLL_MS : idleMs;
  }
  delay = Math.max(delay, input.pollHintMs ?? 0, input.retryAfterMs ?? 0);
  return Math.round(Math.min(MAX_DELAY_MS, Math.max(FAST_POLL_MS, delay)));
}
