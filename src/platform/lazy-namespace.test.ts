import { describe, expect, it } from 'vitest';
import { lazyNamespace } from './lazy-namespace.ts';

describe('lazyNamespace', () => {
  it('resolves the namespace on first use only, once', () => {
    let resolved = 0;
    const api = { count: 0, onThing: { listeners: [] as string[] }, bump() { this.count += 1; return this.count; } };
    const lazy = lazyNamespace(() => (resolved++, api));
    expect(resolved).toBe(0);
    expect(lazy.bump()).toBe(1);
    expect(lazy.bump()).toBe(2);
    expect(lazy.onThing).toBe(api.onThing);
    expect('bump' in lazy).toBe(true);
    expect(resolved).toBe(1);
  });

  it('calls methods on the real namespace, also when taken off it', async () => {
    const api = { name: 'action', async title(this: { name: string }) { return this.name; } };
    const title = lazyNamespace(() => api).title as unknown as () => Promise<string>;
    expect(await title()).toBe('action');
  });
});
