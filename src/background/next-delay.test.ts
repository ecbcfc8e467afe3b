import { describe, expect, it } from 'vitest';
import { FAST_POLL_MS, MAX_BACKOFF_MS, nextDelayMs, type DelayInput } from './next-delay.ts';

const base: DelayInput = { outcome: 'ok', active: false, idleMinutes: 5, failures: 0, random: 0.5 };

describe('nextDelayMs', () => {
  it.each<[string, Partial<DelayInput>, number]>([
    ['idle', {}, 300_000],
    ['active scans poll fast', { active: true }, FAST_POLL_MS],
    ['a poll hint slows the fast cadence', { active: true, pollHintMs: 45_000 }, 45_000],
    ['a poll hint shorter than idle changes nothing', { pollHintMs: 10_000 }, 300_000],
    ['Retry-After wins over backoff', { outcome: 'error', failures: 1, retryAfterMs: 120_000 }, 120_000],
    ['first error backs off ~30 s', { outcome: 'error', failures: 1, random: 0.999 }, 30_000],
    ['third error backs off between 60 and 120 s', { outcome: 'error', failures: 3, random: 0.5 }, 90_000],
    ['backoff is capped', { outcome: 'error', failures: 40, random: 0.99999 }, MAX_BACKOFF_MS],
    ['offline retries in a minute', { outcome: 'offline' }, 60_000],
    ['never under the alarm minimum', { outcome: 'error', failures: 1, random: 0 }, FAST_POLL_MS],
  ])('%s', (_name, change, expected) => {
    expect(nextDelayMs({ ...base, ...change })).toBeCloseTo(expected, -2);
  });

  it('jitter spreads the delay across the upper half of the backoff', () => {
    const low = nextDelayMs({ ...base, outcome: 'error', failures: 5, random: 0 });
    const high = nextDelayMs({ ...base, outcome: 'error', failures: 5, random: 0.99 });
    expect(low).toBe(240_000);
    expect(high).toBeGreaterThan(470_000);
  });
});
