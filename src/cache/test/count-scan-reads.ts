/** Runs `body` counting how often every scan record is read (getAll on the scans store), for tests of read costs. */
export async function countingScanReads<T>(body: () => Promise<T>): Promise<{ result: T; reads: number }> {
  const getAll = IDBObjectStore.prototype.getAll;
  let reads = 0;
  IDBObjectStore.prototype.getAll = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['getAll']>) {
    if (this.name === 'scans') reads += 1;
    return getAll.apply(this, args);
  };
  try {
    return { result: await body(), reads };
  } finally {
    IDBObjectStore.prototype.getAll = getAll;
  }
}
