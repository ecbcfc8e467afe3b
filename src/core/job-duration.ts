import { parseTime } from './time.ts';

/**
 * A job's (or scan's) duration in ms, or null when it cannot be told honestly (edge case 11: bad
 * timestamps, which Prowler's own fixtures have). The reported duration wins when it is a
 * non-negative number; otherwise finishedAt − startedAt, unless either is missing or unparseable or
 * the finish precedes the start. Views show null as "—", never a negative or NaN duration.
 */
export function durationMs(item: { startedAt: string | null; finishedAt: string | null; durationMs?: number | null }): number | null {
  const reported = item.durationMs;
  if (typeof reported === 'number' && Number.isFinite(reported) && reported >= 0) return reported;
  const start = parseTime(item.startedAt);
  const end = parseTime(item.finishedAt);
  if (start === null || end === null || end < start) return null;
  return end - start;
}
