import { describe, expect, it, vi } from 'vitest';
import { elapsedMs, formatDuration, formatWhen, syncedAgo } from './format-time.ts';

vi.mock('../platform/i18n.ts', () => import('./testing/fake-i18n.ts'));

const NOW = Date.parse('2026-03-01T12:00:00Z');
const ago = (ms: number) => new Date(NOW - ms).toISOString();

describe('syncedAgo', () => {
  it.each([
    [null, 'Not synced yet'],
    ['garbage', 'Not synced yet'],
    [ago(20_000), 'Synced just now'],
    [ago(2 * 60_000 + 5_000), 'Synced 2 min ago'],
    [ago(3 * 3_600_000), 'Synced 3 h ago'],
    [ago(3 * 86_400_000), 'Synced 3 d ago'],
    [new Date(NOW + 60_000).toISOString(), 'Synced just now'],
  ])('%s → %s', (at, expected) => {
    expect(syncedAgo(at, NOW)).toBe(expected);
  });
});

describe('formatDuration', () => {
  it.each([
    [null, '—'],
    [-5, '—'],
    [Number.NaN, '—'],
    [12_400, '12 s'],
    [200_000, '3 min 20 s'],
    [3_900_000, '1 h 5 min'],
  ])('%s → %s', (ms, expected) => {
    expect(formatDuration(ms)).toBe(expected);
  });
});

describe('formatWhen and elapsedMs', () => {
  it('shows a dash for a missing or bad time', () => {
    expect(formatWhen(null)).toBe('—');
    expect(formatWhen('nope')).toBe('—');
    expect(formatWhen('2026-03-01T12:00:00Z')).toMatch(/\d/);
  });
  it('prefers the reported duration, else time since start while running', () => {
    expect(elapsedMs({ durationMs: 5, startedAt: null, status: 'completed' }, NOW)).toBe(5);
    expect(elapsedMs({ durationMs: null, startedAt: ago(90_000), status: 'running' }, NOW)).toBe(90_000);
    expect(elapsedMs({ durationMs: null, startedAt: ago(90_000), status: 'failed' }, NOW)).toBeNull();
    expect(elapsedMs({ durationMs: null, startedAt: new Date(NOW + 1).toISOString(), status: 'running' }, NOW)).toBeNull();
  });
});
