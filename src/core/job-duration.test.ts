import { describe, expect, it } from 'vitest';
import { durationMs } from './job-duration.ts';
import { compareTimes, parseTime, roughDuration } from './time.ts';

describe('durationMs (edge case 11: bad timestamps)', () => {
  it.each([
    { name: 'reported duration wins', startedAt: '2026-01-01T00:00:00Z', finishedAt: '2026-01-01T00:00:10Z', durationMs: 5000, expected: 5000 },
    { name: 'computed from times', startedAt: '2026-01-01T00:00:00Z', finishedAt: '2026-01-01T00:00:10Z', durationMs: null, expected: 10_000 },
    { name: 'finished before started', startedAt: '2026-01-01T00:00:10Z', finishedAt: '2026-01-01T00:00:00Z', durationMs: null, expected: null },
    { name: 'negative reported duration ignored', startedAt: '2026-01-01T00:00:10Z', finishedAt: '2026-01-01T00:00:00Z', durationMs: -3, expected: null },
    { name: 'NaN reported duration ignored', startedAt: '2026-01-01T00:00:00Z', finishedAt: '2026-01-01T00:00:01Z', durationMs: Number.NaN, expected: 1000 },
    { name: 'still running', startedAt: '2026-01-01T00:00:00Z', finishedAt: null, durationMs: null, expected: null },
    { name: 'garbage time', startedAt: 'not a time', finishedAt: '2026-01-01T00:00:00Z', durationMs: undefined, expected: null },
  ])('$name', ({ startedAt, finishedAt, durationMs: d, expected }) => {
    expect(durationMs({ startedAt, finishedAt, durationMs: d })).toBe(expected);
  });
});

describe('time helpers', () => {
  it('parseTime', () => {
    expect(parseTime('2026-01-01T00:00:00Z')).toBe(Date.UTC(2026, 0, 1));
    expect(parseTime('')).toBeNull();
    expect(parseTime(undefined)).toBeNull();
    expect(parseTime('garbage')).toBeNull();
  });
  it('compareTimes', () => {
    expect(compareTimes('2026-01-01T00:00:00Z', '2026-01-01T01:00:00+01:00')).toBe(0);
    expect(compareTimes('b', 'a')).toBe(1);
    expect(compareTimes('a', 'b')).toBe(-1);
    expect(compareTimes(null, null)).toBe(0);
  });
  it.each([[3 * 3_600_000, '3 h'], [90 * 60_000, '90 min'], [12_000, '12 s'], [-5, '0 s']])('roughDuration(%s) = %s', (ms, text) => {
    expect(roughDuration(ms)).toBe(text);
  });
});
