import { beforeEach, describe, expect, it } from 'vitest';
import { freshIndexedDb } from './test/fresh-idb.ts';
import { deleteDB, openDB, type IDBPDatabase } from 'idb';
import { createCacheHandle } from './open-cache.ts';
import { CACHE_DB_NAME, CACHE_DB_VERSION, upgradeToV1, upgradeToV2, upgradeToV3, type CacheDb, type CacheSchema } from './schema.ts';
import { readCacheFacts } from './read-cache.ts';
import { errorLog, integration, job, project, scan } from './test/fixtures.ts';

beforeEach(freshIndexedDb);

describe('cache upgrades', () => {
  it('upgrades a populated v1 database and keeps every record', async () => {
    const v1 = await openDB<CacheSchema>(CACHE_DB_NAME, 1, { upgrade: (db) => upgradeToV1(db as unknown as CacheDb) });
    await v1.put('projects', project('p-1'));
    await v1.put('scans', scan('s-1'));
    await v1.put('scans', scan('s-2', { createdAt: '2026-01-02T00:00:00.000Z' }));
    // One record per job until v4.
    await (v1 as unknown as IDBPDatabase).put('jobs', job('j-1', 's-1'));
    await (v1 as unknown as IDBPDatabase).put('jobs', job('j-1', 's-1', { attempt: 2, status: 'failed' }));
    await v1.put('errors', errorLog('e-1', 's-1', { jobId: 'j-1' }));
    await v1.put('integrations', integration('i-1'));
    await v1.put('sync', { key: 'state', watermark: '2026-01-01T00:10:00.000Z' } as never);
    v1.close();

    const events: string[] = [];
    const handle = createCacheHandle({ onEvent: (e) => events.push(e) });
    const db = await handle.db();
    expect(db.version).toBe(CACHE_DB_VERSION);
    const facts = await readCacheFacts(db);
    expect(facts.projects.map((p) => p.id)).toEqual(['p-1']);
    expect(facts.scans.map((s) => s.id)).toEqual(['s-1', 's-2']);
    expect(facts.jobsByScan.get('s-1')?.map((j) => j.attempt)).toEqual([1, 2]);
    expect(facts.errorsByScan.get('s-1')?.map((e) => e.id)).toEqual(['e-1']);
    expect(facts.integrations).toHaveLength(1);
    expect(facts.sync.watermark).toBe('2026-01-01T00:10:00.000Z');
    // The v2 indexes cover the old records.
    expect(await db.getAllKeysFromIndex('errors', 'byJob', 'j-1')).toEqual(['e-1']);
    expect(await db.countFromIndex('scans', 'byUpdatedAt')).toBe(2);
    // The v3 job facts are built from the old jobs: every attempt, and an empty list for a scan without jobs.
    expect(await db.get('jobFacts', 's-1')).toEqual({ scanId: 's-1', jobs: [['j-1', job('j-1', 's-1').status, 1], ['j-1', 'failed', 2]] });
    expect(await db.get('jobFacts', 's-2')).toEqual({ scanId: 's-2', jobs: [] });
    expect(facts.attemptsByScan.get('s-1')?.map((a) => a.attempt)).toEqual([1, 2]);
    // v4: the job records regrouped, one record per scan; none for a scan that had none.
    expect(await db.get('jobs', 's-1')).toEqual({ scanId: 's-1', jobs: [job('j-1', 's-1'), job('j-1', 's-1', { attempt: 2, status: 'failed' })] });
    expect(await db.count('jobs')).toBe(1);
    expect(events).not.toContain('rebuilt');
    handle.close();
  });

  it('upgrades a populated v3 database: every job record kept, grouped by scan; garbage job records dropped', async () => {
    const v3 = await openDB(CACHE_DB_NAME, 3, {
      upgrade: (db, _old, _new, tx) => {
        upgradeToV1(db as unknown as CacheDb);
        upgradeToV2(db as unknown as CacheDb, tx as never);
        void upgradeToV3(db as unknown as CacheDb, tx as never);
      },
    });
    await v3.put('scans', scan('s-1'));
    await v3.put('scans', scan('s-2'));
    await v3.put('jobs', job('j-2', 's-1'));
    await v3.put('jobs', job('j-1', 's-1'));
    await v3.put('jobs', job('j-1', 's-2', { attempt: 3 }));
    await v3.put('jobs', { scanId: 7, id: 'j-x', attempt: 1 });
    await v3.put('jobFacts', { scanId: 's-1', jobs: [['j-1', 'succeeded', 1], ['j-2', 'succeeded', 1]] });
    v3.close();

    const handle = createCacheHandle();
    const db = await handle.db();
    expect(db.version).toBe(CACHE_DB_VERSION);
    expect(await db.getAll('jobs')).toEqual([
      { scanId: 's-1', jobs: [job('j-1', 's-1'), job('j-2', 's-1')] },
      { scanId: 's-2', jobs: [job('j-1', 's-2', { attempt: 3 })] },
    ]);
    expect(await db.get('jobFacts', 's-1')).toEqual({ scanId: 's-1', jobs: [['j-1', 'succeeded', 1], ['j-2', 'succeeded', 1]] });
    const facts = await readCacheFacts(db);
    expect(facts.jobsByScan.get('s-1')?.map((j) => j.id)).toEqual(['j-1', 'j-2']);
    expect(facts.garbage).toBe(false);
    handle.close();
  });
});

describe('cache lifecycle', () => {
  it('steps aside on versionchange so a delete is not blocked, and reopens on demand', async () => {
    const events: string[] = [];
    const handle = createCacheHandle({ onEvent: (e) => events.push(e) });
    const db = await handle.db();
    await db.put('projects', project('p-1'));
    let blocked = false;
    await deleteDB(CACHE_DB_NAME, { blocked: () => { blocked = true; } });
    expect(blocked).toBe(false);
    expect(events).toContain('blocking');
    const reopened = await handle.db();
    expect(reopened).not.toBe(db);
    expect(await reopened.count('projects')).toBe(0);
    handle.close();
  });

  it('lets a newer version upgrade while it is open', async () => {
    const handle = createCacheHandle();
    await handle.db();
    const newer = await openDB(CACHE_DB_NAME, CACHE_DB_VERSION + 1, { upgrade: (db) => void db.createObjectStore('future') });
    expect(newer.objectStoreNames.contains('future')).toBe(true);
    newer.close();
  });

  it('rebuilds a database it cannot open (a newer version) instead of crashing', async () => {
    (await openDB(CACHE_DB_NAME, 9, { upgrade: (db) => void db.createObjectStore('alien') })).close();
    const events: string[] = [];
    const handle = createCacheHandle({ onEvent: (e) => events.push(e) });
    const db = await handle.db();
    expect(db.version).toBe(CACHE_DB_VERSION);
    expect(db.objectStoreNames.contains('scans')).toBe(true);
    expect(events).toEqual(['rebuilt']);
    handle.close();
  });

  it('rebuild() empties the cache', async () => {
    const handle = createCacheHandle();
    await (await handle.db()).put('scans', scan('s-1'));
    const db = await handle.rebuild();
    expect(await db.count('scans')).toBe(0);
    handle.close();
  });
});
