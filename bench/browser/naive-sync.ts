/**
 * The naive baseline syncer, run in an extension page (bundled by bench/support/bundle-for-page.ts):
 * every poll refetches everything (projects, integrations, every scans page, every scan's jobs and
 * error logs) with no ETag or updatedSince, and writes each record in its own IndexedDB transaction
 * (all of a response's transactions issued at once, as `records.forEach(r => db.put(r))` does).
 * Same API, same browser, same request concurrency as ScanSight (4 detail fetches in flight).
 */
const DB = 'bench-naive';
const STORES = ['projects', 'integrations', 'scans', 'jobs', 'errors'] as const;

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => {
      for (const name of STORES) request.result.createObjectStore(name, { keyPath: name === 'jobs' ? ['scanId', 'id', 'attempt'] : 'id' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** One record, one transaction, awaited. */
function putOne(db: IDBDatabase, store: string, record: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(store, 'readwrite');
    tx.objectStore(store).put(record);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}

/** Every record in its own transaction, all issued at once. */
const putEach = (db: IDBDatabase, store: string, records: unknown[]) => Promise.all(records.map((r) => putOne(db, store, r)));

async function poll(apiUrl: string, token: string): Promise<{ ms: number; scans: number; jobs: number }> {
  const start = performance.now();
  const get = async <T>(path: string): Promise<T> => {
    const response = await fetch(`${apiUrl}/api/v1${path}`, { headers: { Authorization: `Bearer ${token}` }, cache: 'no-store' });
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    return (await response.json()) as T;
  };
  const db = await open();
  const projects = await get<{ data: unknown[] }>('/projects');
  await putEach(db, 'projects', projects.data);
  const integrations = await get<{ data: unknown[] }>('/integrations');
  await putEach(db, 'integrations', integrations.data);
  const scanIds: string[] = [];
  let cursor: string | null = null;
  do {
    const query: string = `/scans?limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const page = await get<{ data: Array<{ id: string }>; nextCursor: string | null }>(query);
    for (const scan of page.data) scanIds.push(scan.id);
    await putEach(db, 'scans', page.data);
    cursor = page.nextCursor;
  } while (cursor);
  let next = 0;
  let jobs = 0;
  const worker = async () => {
    while (next < scanIds.length) {
      const id = encodeURIComponent(scanIds[next++]!);
      const [js, es] = await Promise.all([get<{ data: unknown[] }>(`/scans/${id}/jobs`), get<{ data: unknown[] }>(`/scans/${id}/errors`)]);
      await Promise.all([putEach(db, 'jobs', js.data), putEach(db, 'errors', es.data)]);
      jobs += js.data.length;
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  db.close();
  return { ms: performance.now() - start, scans: scanIds.length, jobs };
}

(globalThis as { __benchNaive?: unknown }).__benchNaive = { poll };
