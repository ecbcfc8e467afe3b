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
