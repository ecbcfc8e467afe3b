import { describe, expect, it } from 'vitest';
import { singleFlight } from './single-flight.ts';

/** A task whose runs end only when the test releases them, in order. */
function gatedTask() {
  const releases: Array<() => void> = [];
  let started = 0;
  const task = () => new Promise<number>((resolve) => {
    const n = ++started;
    releases.push(() => resolve(n));
  });
  return { task, started: () => started, release: async () => { releases.shift()!(); await new Promise((r) => setTimeout(r, 0)); } };
}

describe('singleFlight', () => {
  it('joins concurrent join() triggers into the run in progress, and runs again afterwards', async () => {
    const g = gatedTask();
    const flight = singleFlight(g.task);
    const a = flight.join();
    const b = flight.join();
    expect(flight.busy).toBe(true);
    await g.release();
    expect(await Promise.all([a, b])).toEqual([1, 1]);
    expect(flight.busy).toBe(false);
    const c = flight.join();
    await g.release();
    expect(await c).toBe(2);
  });

  it('gives run() a pass that starts after the call: one follow-up shared by every run() made while busy', async () => {
    const g = gatedTask();
    const flight = singleFlight(g.task);
    const first = flight.run();
    const second = flight.run();
    const third = flight.run();
    expect(g.started()).toBe(1);
    await g.release();
    expect(await first).toBe(1);
    expect(g.started()).toBe(2);
    expect(flight.busy).toBe(true);
    await g.release();
    expect(await Promise.all([second, third])).toEqual([2, 2]);
    expect(g.started()).toBe(2);
    expect(flight.busy).toBe(false);
  });

  it('lets join() share a queued follow-up rather than the stale run in progress', async () => {
    const g = gatedTask();
    const flight = singleFlight(g.task);
    void flight.join();
    const fresh = flight.run();
    const joined = flight.join();
    await g.release();
    await g.release();
    expect(await Promise.all([fresh, joined])).toEqual([2, 2]);
  });

  it('never runs two at once: a run() in the instant between a run ending and its follow-up starting shares the follow-up', async () => {
    const g = gatedTask();
    const flight = singleFlight(g.task);
    const first = flight.run();
    const follow = flight.run();
    let late: Promise<number> | undefined;
    void first.finally(() => { late = flight.run(); });
    await g.release();
    expect(g.started()).toBe(2);
    await g.release();
    expect(await Promise.all([follow, late!])).toEqual([2, 2]);
    expect(g.started()).toBe(2);
  });

  it('frees the slot after a failure, and a follow-up still runs after a failed pass', async () => {
    let calls = 0;
    const flight = singleFlight(async () => { calls++; if (calls === 1) throw new Error('x'); return calls; });
    const failed = flight.run();
    const follow = flight.run();
    await expect(failed).rejects.toThrow('x');
    expect(await follow).toBe(2);
    expect(await flight.run()).toBe(3);
  });
});
