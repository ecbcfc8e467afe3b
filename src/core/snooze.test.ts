import { describe, expect, it } from 'vitest';
import { isSnoozed } from './snooze.ts';

describe('isSnoozed', () => {
  const now = Date.parse('2026-01-01T12:00:00Z');
  it('is in force only until its time passes', () => {
    expect(isSnoozed('2026-01-01T12:00:01Z', now)).toBe(true);
    expect(isSnoozed('2026-01-01T12:00:00Z', now)).toBe(false);
    expect(isSnoozed('2026-01-01T11:00:00Z', now)).toBe(false);
  });
  it('treats no snooze and an unreadable time as not snoozed', () => {
    expect(isSnoozed(null, now)).toBe(false);
    expect(isSnoozed(undefined, now)).toBe(false);
    expect(isSnoozed('', now)).toBe(false);
    expect(isSnoozed('not a time', now)).toBe(false);
  });
});
