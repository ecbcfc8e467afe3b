import { describe, expect, it, vi } from 'vitest';

const listeners = new Set<(message: unknown) => unknown>();
vi.mock('./extension-api.ts', () => ({
  ext: {
    runtime: {
      onMessage: {
        addListener: (fn: (message: unknown) => unknown) => listeners.add(fn),
        removeListener: (fn: (message: unknown) => unknown) => listeners.delete(fn),
      },
    },
  },
}));

const { isBroadcast, onBroadcast } = await import('./on-broadcast.ts');

describe('onBroadcast', () => {
  it('passes well-formed broadcasts only, answers nothing, and stops on demand', () => {
    const seen: unknown[] = [];
    const stop = onBroadcast((b) => seen.push(b));
    const [handler] = [...listeners];
    expect(handler!({ type: 'changed', scope: 'scans' })).toBeUndefined();
    handler!({ type: 'popup/rows', payload: {} });
    handler!({ type: 'changed', scope: 'everything' });
    handler!(null);
    expect(seen).toEqual([{ type: 'changed', scope: 'scans' }]);
    stop();
    expect(listeners.size).toBe(0);
  });

  it('recognises each scope', () => {
    for (const scope of ['scans', 'settings', 'overlay']) expect(isBroadcast({ type: 'changed', scope })).toBe(true);
    expect(isBroadcast('changed')).toBe(false);
  });
});
