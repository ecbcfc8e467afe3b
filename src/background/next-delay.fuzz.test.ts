/** Fuzzing the sync schedule: whatever the outcome, hints and failure count, the next sync is neither too soon nor never. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FAST_POLL_MS, MAX_BACKOFF_MS, nextDelayMs, type DelayInput } from './next-delay.ts';
import { parsePollInterval, parseRetryAfter } from '../sources/retry-after.ts';
import { checkProperty } from '../testing/check-property.ts';
import { pollIntervalArb, retryAfterArb } from '../testing/fake-replies.ts';

const DAY_MS = 24 * 60 * 60_000;
const NOW = Date.parse('2026-03-01T12:00:00Z');

/** Inputs as the sync cycle builds them: settings-valid idle minutes, hints parsed from real header values. */
const inputArb: fc.Arbitrary<DelayInput> = fc.record({
  outcome: fc.constantFrom('ok', 'error', 'offline', 'not_configured'),
  active: fc.boolean(),
  idleMinutes: fc.integer({ min: 1, max: 24 * 60 }),
  pollHintMs: fc.option(pollIntervalArb.map((h) => parsePollInterval(h) ?? null), { nil: null }),
  retryAfterMs: fc.option(retryAfterArb.map((h) => parseRetryAfter(h, NOW) ?? null), { nil: null }),
  failures: fc.oneof(fc.nat(10), fc.nat()),
  random: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
});

describe('nextDelayMs, fuzzed', () => {
  it('the next delay stays within its bounds and is never under 30 s', async (ctx) => {
    await checkProperty(ctx, 'next delay: bounds', fc.property(inputArb, (input) => {
      const delay = nextDelayMs(input);
      expect(Number.isInteger(delay)).toBe(true);
      expect(delay).toBeGreaterThanOrEqual(FAST_POLL_MS);
      // Never later than the slowest of: the idle period, the backoff cap, a server hint (itself capped at a day).
      expect(delay).toBeLessThanOrEqual(Math.max(input.idleMinutes * 60_000, MAX_BACKOFF_MS, DAY_MS));
      // Never sooner than the server asked.
      if (input.retryAfterMs !== null && input.retryAfterMs !== undefined) expect(delay).toBeGreaterThanOrEqual(Math.min(input.retryAfterMs, DAY_MS) - 1);
      if (input.pollHintMs !== null && input.pollHintMs !== undefined) expect(delay).toBeGreaterThanOrEqual(Math.min(input.pollHintMs, DAY_MS) - 1);
      // After an error without hints, within the backoff cap.
      if (input.outcome === 'error' && !input.retryAfterMs && !input.pollHintMs) expect(delay).toBeLessThanOrEqual(MAX_BACKOFF_MS);
    }));
  });
});
