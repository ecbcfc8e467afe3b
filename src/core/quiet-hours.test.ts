import { describe, expect, it } from 'vitest';
import { inQuietHours } from './quiet-hours.ts';

const at = (h: number, m = 0) => new Date(2026, 0, 5, h, m);

describe('inQuietHours', () => {
  it.each([
    [at(23), { start: '22:00', end: '07:00' }, true],
    [at(3), { start: '22:00', end: '07:00' }, true],
    [at(7), { start: '22:00', end: '07:00' }, false],
    [at(12), { start: '22:00', end: '07:00' }, false],
    [at(12, 30), { start: '12:00', end: '13:00' }, true],
    [at(13), { start: '12:00', end: '13:00' }, false],
    [at(12), null, false],
    [at(12), { start: 'noon', end: '13:00' }, false],
    [at(12), { start: '12:00', end: '12:00' }, false],
  ])('%s in %j → %s', (date, quiet, expected) => {
    expect(inQuietHours(date, quiet)).toBe(expected);
  });
});
