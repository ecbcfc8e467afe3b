import { describe, expect, it } from 'vitest';
import { inOneHour, tomorrowMorning } from './snooze-until.ts';

describe('snooze ends', () => {
  const now = new Date(2026, 2, 1, 23, 30).getTime();
  it('an hour from now', () => {
    expect(Date.parse(inOneHour(now)) - now).toBe(3_600_000);
  });
  it('tomorrow at 09:00 local, even late at night', () => {
    const end = new Date(tomorrowMorning(now));
    expect([end.getFullYear(), end.getMonth(), end.getDate(), end.getHours(), end.getMinutes()]).toEqual([2026, 2, 2, 9, 0]);
  });
});
