/**
 * Runs a transaction body and waits for the commit. A body that throws aborts the transaction, so
 * nothing partial is ever committed; tx.done's rejection is always observed (no unhandled rejection).
 */
export async function runTx<T>(tx: { done: Promise<void>; abort(): void }, body: () => Promise<T>): Promise<T> {
  const done = tx.done;
  done.catch(() => undefined);
  try {
    const result = await body();
    await done;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted: the original error is what matters.
    }
    throw error;
  }
}

/**
 * Requests issued without awaiting each (the transaction keeps their order), awaited together by
 * `all()`. Each one's rejection is observed as it is added: when issuing a later request throws, the
 * body aborts the transaction and the requests already issued reject, with nobody awaiting them yet.
 */
export function requestBatch(): { add(request: Promise<unknown>): void; all(): Promise<unknown[]> } {
  const requests: Promise<unknown>[] = [];
  return {
    add(request) {
      request.catch(() => undefined);
      requests.push(request);
    },
    all: () => Promise.all(requests),
  };
}
