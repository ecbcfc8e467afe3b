import { describe, expect, it } from 'vitest';
import { singleFlight } from './single-flight.ts';

describe('singleFlight', () => {
  it('joins concurrent triggers into one run, and runs again afterwards', async () => {
    let runs = 0;
    let release!: () => void;
    const flight = singleFlight(() => new Promise<number>((resolve) => { runs++; release = () => resolve(runs); }));
    const a = flight.run();
    const b = flight.run();
    expect(flight.busy).toBe(true);
    release();
    expect(await Promise.all([a, b])).toEqual([1, 1]);
    expect(flight.busy).toBe(false);
    const c = flight.run();
    release();
    expect(await c).toBe(2);
  });

  it('frees the slot after a failure', async () => {
    let calls = 0;
    const flight = singleFlight(async () => { calls++; if (calls === 1) throw new Error('x'); return calls; });
    await expect(flight.run()).rejects.toThrow('x');
    expect(await flight.run()).toBe(2);
  });
});
