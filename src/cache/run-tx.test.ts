import { afterEach, describe, expect, it } from 'vitest';
import { requestBatch } from './run-tx.ts';

const unhandled: unknown[] = [];
const record = (reason: unknown) => void unhandled.push(reason);
process.on('unhandledRejection', record);
afterEach(() => void unhandled.splice(0));

const nextMacrotask = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('requestBatch', () => {
  it('awaits every request together', async () => {
    const batch = requestBatch();
    batch.add(Promise.resolve(1));
    batch.add(Promise.resolve(2));
    expect(await batch.all()).toEqual([1, 2]);
  });

  it('a request that rejects before anyone awaits the batch is not an unhandled rejection', async () => {
    const batch = requestBatch();
    batch.add(Promise.reject(new DOMException('aborted', 'AbortError')));
    // As when issuing the next request throws: the body leaves without awaiting the batch.
    await nextMacrotask();
    await nextMacrotask();
    expect(unhandled).toEqual([]);
    await expect(batch.all()).rejects.toThrow('aborted');
  });
});
