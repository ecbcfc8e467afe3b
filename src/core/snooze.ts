/** True while a snooze set to end at `snoozedUntil` (ISO time) is in force at `now` (ms). */
export function isSnoozed(snoozedUntil: string | null | undefined, now: number): boolean {
  if (!snoozedUntil) return false;
  const until = Date.parse(snoozedUntil);
  return Number.isFinite(until) && until > now;
}
