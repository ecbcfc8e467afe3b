/**
 * A token bucket per tab: a page may send a short burst, then a steady few requests a second. A page
 * looping navigation events (history.replaceState + popstate) thus costs the background a bounded
 * number of answers, whatever it does.
 */

export interface RateLimiter {
  /** True when `key` may make a request at `now` (milliseconds); false when over its rate. */
  allow(key: string, now: number): boolean;
}

/** `burst` requests at once, refilled at `perSecond`; at most `maxKeys` buckets kept (oldest dropped). */
export function createRateLimiter({ burst, perSecond, maxKeys = 500 }: { burst: number; perSecond: number; maxKeys?: number }): RateLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    allow(key, now) {
      const bucket = buckets.get(key) ?? { tokens: burst, at: now };
      const elapsed = Math.max(0, now - bucket.at);
      bucket.tokens = Math.min(burst, bucket.tokens + (elapsed / 1000) * perSecond);
      bucket.at = now;
      buckets.delete(key);
      buckets.set(key, bucket); // most recent last
      if (buckets.size > maxKeys) buckets.delete(buckets.keys().next().value!);
      if (bucket.tokens < 1) return false;
      bucket.tokens -= 1;
      return true;
    },
  };
}
