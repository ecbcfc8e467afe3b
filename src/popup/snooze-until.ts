/** When a snooze ends: in an hour, or tomorrow morning (local time). */

/** One hour after `now`, as ISO. */
export function inOneHour(now: number): string {
  return new Date(now + 3_600_000).toISOString();
}

/** 09:00 local time on the day after `now`, as ISO: "until tomorrow" means the start of the next workday-ish morning. */
export function tomorrowMorning(now: number): string {
  const at = new Date(now);
  at.setDate(at.getDate() + 1);
  at.setHours(9, 0, 0, 0);
  return at.toISOString();
}
