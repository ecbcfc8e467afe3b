import { describe, expect, it } from 'vitest';
import { singleFlight } from './single-flight.ts';

/** A task whose runs finish only when released, counting runs and the most ever in progress at once. */
function controlledTask() {
  const releases: Array<() => void> = [];
  let runs = 0;
  let inProgress = 0;
  let maxInProgress = 0;
  const task = () =>
    new Promise<number>((resolve) => {
      runs++;
      inProgress++;
      maxInProgress = Math.max(maxInProgress, inProgress);
      const n = runs;
      releases.push(() => {
        inProgress--;
        resolve(n);
      });
    });
  const releaseNext = async () => {
    await new Promise((r) => setTimeout(r, 0));
    releases.shift()?.();
    await new Promise((r) => setTimeout(r, 0));
  };
  return { task, releaseNext, runs: () => runs, maxInProgress: () => maxInProgress };
}

describe('singleFlight', () => {
  it('never runs two at once; triggers during a run share one fresh run started after it', async () => {
    const t = controlledTask();
    const flight = singleFlight(t.task);
    const a = flight.run();
    const b = flight.run();
    const c = flight.run();
    expect(flight.busy).toBe(true);
    expect(t.runs()).toBe(1);
    await t.releaseNext();
    expect(await a).toBe(1);
    expect(t.runs()).toBe(2);
    await t.releaseNext();
    expect(await Promise.all([b, c])).toEqual([2, 2]);
    expect(t.runs()).toBe(2);
    expect(t.maxInProgress()).toBe(1);
    expect(flight.busy).toBe(false);
  });

  it('a trigger after a run finished starts a new run at once', async () => {
    const t = controlledTask();
    const flight = singleFlight(t.task);
    const a = flight.run();
    await t.releaseNext();
    expect(await a).toBe(1);
    const b = flight.run();
    expect(t.runs()).toBe(2);
    await t.releaseNext();
    expect(await b).toBe(2);
  });

  it('frees the slot after a failure, and a trailing run still happens after a failed one', async () => {
    let calls = 0;
    let fail!: (e: Error) => void;
    const flight = singleFlight(() => {
      calls++;
      if (calls === 1) return new Promise<number>((_, reject) => { fail = reject; });
      return Promise.resolve(calls);
    });
    const first = flight.run();
    const second = flight.run();
    fail(new Error('x'));
    await expect(first).rejects.toThrow('x');
    expect(await second).toBe(2);
    expect(await flight.run()).toBe(3);
  });
});
