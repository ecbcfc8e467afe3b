import { describe, expect, it, vi } from 'vitest';
import { createLoopGuard } from './loop-guard.ts';

describe('createLoopGuard', () => {
  it('trips after many writing passes in quick succession, then releases after the pause', () => {
    let now = 0;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const guard = createLoopGuard({ limit: 5, gapMs: 100, pauseMs: 1000, now: () => now });
    for (let i = 0; i < 4; i++) { guard.record(true); now += 16; }
    expect(guard.pauseLeft()).toBe(0);
    guard.record(true);
    expect(guard.pauseLeft()).toBe(1000);
    now += 1000;
    expect(guard.pauseLeft()).toBe(0);
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });

  it('never trips for passes seconds apart or passes that wrote nothing', () => {
    let now = 0;
    const guard = createLoopGuard({ limit: 3, gapMs: 100, now: () => now });
    for (let i = 0; i < 20; i++) { guard.record(true); now += 3000; }
    for (let i = 0; i < 20; i++) { guard.record(false); now += 1; }
    expect(guard.pauseLeft()).toBe(0);
  });
});
