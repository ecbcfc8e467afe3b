import { describe, expect, it } from 'vitest';
import { normalizeJobStatus, normalizeLifecycle, statusKey } from './normalize-status.ts';

describe('statusKey', () => {
  it.each([[' Stop Requested ', 'stop_requested'], ['in-progress', 'in_progress'], [null, ''], [undefined, ''], [7, '7']])('%s → %s', (raw, key) => {
    expect(statusKey(raw)).toBe(key);
  });
});

describe('normalizeJobStatus', () => {
  it.each([
    ['queued', 'queued', false], ['PENDING', 'queued', true], ['RETRY', 'queued', true], ['scheduled', 'queued', true],
    ['running', 'running', false], ['in_progress', 'running', true], ['executing', 'running', true],
    ['succeeded', 'succeeded', false], ['SUCCESS', 'succeeded', true], ['completed', 'succeeded', true],
    ['failed', 'failed', false], ['FAILURE', 'failed', true], ['error', 'failed', true],
    ['timed_out', 'timed_out', false], ['Timeout', 'timed_out', true],
    ['stopped', 'stopped', false], ['cancelled', 'stopped', true], ['REVOKED', 'stopped', true],
    ['skipped', 'skipped', false], ['neutral', 'skipped', true],
    ['canceling', 'running', true], ['Stop Requested', 'running', true],
    ['🤖', 'unknown', false], ['', 'unknown', false],
  ] as const)('%s → %s', (raw, value, noted) => {
    const n = normalizeJobStatus(raw);
    expect(n.value).toBe(value);
    expect(n.note !== undefined).toBe(noted);
  });
});

describe('normalizeLifecycle', () => {
  it.each([
    ['created', 'created'], ['scheduled', 'created'], ['submitting', 'submitting'], ['submitted', 'submitted'],
    ['executing', 'submitted'], ['submission_failed', 'submission_failed'], ['Submit Error', 'submission_failed'],
    ['stopped', 'stopped'], ['cancelled', 'stopped'], ['stop_requested', 'submitted'], ['nope', 'unknown'],
  ] as const)('%s → %s', (raw, value) => {
    expect(normalizeLifecycle(raw).value).toBe(value);
  });

  it('marks transitional states', () => {
    expect(normalizeLifecycle('Canceling').transitional).toBe(true);
    expect(normalizeLifecycle('submitted').transitional).toBeUndefined();
  });
});
