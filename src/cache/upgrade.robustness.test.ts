/**
 * Schema upgrades under realistic conditions: a database from every earlier version, full of data,
 * and an older connection still open while the new version upgrades. Each ends with a sync after
 * which the cache holds exactly what the API holds.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDB, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { createCacheHandle } from './open-cache.ts';
import { CACHE_DB_NAME, CACHE_DB_VERSION, upgradeToV1, upgradeToV2, upgradeToV3, upgradeToV4, type CacheDb, type CacheSchema } from './schema.ts';
import { errorLog, integration, job, project, scan } from './test/fixtures.ts';
import { configure, createTestBackground, resetStorage, type TestBackground } from '../background/test/test-background.ts';
import { startTestServer, type TestServer } from '../background/test/reference-server.ts';
import { expectCacheMirrorsApi } from '../testing/api-mirror.ts';
import { tally } from '../testing/tally.ts';

/** Builders of each earlier schema version as it shipped. A new version must add its predecessor here. */
type UpgradeTx = IDBPTransaction<CacheSchema, StoreNames<CacheSchema>[], 'versionchange'>;
const EARLIER_VERSIONS: Record<number, (db: CacheDb, tx: UpgradeTx) => void> = {
  1: upgradeToV1,
  2: (db, tx) => {
    upgradeToV1(db);
    upgradeToV2(db, tx);
  },
  3: (db, tx) => {
    upgradeToV1(db);
    upgradeToV2(db, tx);
    void upgradeToV3(db, tx);
  },
  4: (db, tx) => {
    upgradeToV1(db);
    upgradeToV2(db, tx);
    void upgradeToV3(db, tx).then(() => upgradeToV4(db, tx));
  },
};

/** Opens `version` the way that version's build did, and fills it with records (some the API no longer has). */
async function populatedDatabase(version: number): Promise<IDBPDatabase<CacheSchema>> {
  const db = await openDB<CacheSchema>(CACHE_DB_NAME, version, {
    upgrade: (d, _old, _new, tx) => EARLIER_VERSIONS[version]!(d as unknown as CacheDb, tx as unknown as UpgradeTx),
  });
  await db.put('projects', project('p-stale'));
  await db.put('scans', scan('s-invalid-credentials-1', { name: 'an older copy', updatedAt: '2000-01-01T00:00:00.000Z' }));
  // Up to v3, one record per job (keyed [scanId, id, attempt]); from v4, one per scan.
  if (version >= 4) await db.put('jobs', { scanId: 's-invalid-credentials-1', jobs: [job('j-old', 's-invalid-credentials-1')] });
  else await (db as unknown as IDBPDatabase).put('jobs', job('j-old', 's-invalid-credentials-1'));
  await db.put('errors', errorLog('e-old', 's-invalid-credentials-1'));
  await db.put('integrations', integration('i-stale'));
  // v3 wrote each scan's job facts with its jobs.
  if (version >= 3) await db.put('jobFacts', { scanId: 's-invalid-credentials-1', jobs: [['j-old', 'succeeded', 1]] });
  if (version >= 2) {
    await db.put('marks', { scanId: 's-invalid-credentials-1', acknowledgedAt: '2000-01-01T00:00:00.000Z' });
    await db.put('projectPrefs', { projectId: 'p-stale', muted: true, snoozedUntil: null });
    await db.put('ledger', { key: 'k-old', scanId: 's-x', projectId: 'p-stale', kind: 'broken', at: '2000-01-01T00:00:00.000Z', outcome: 'shown' });
  }
  return db;
}

let api: TestServer;
let t: TestBackground;
beforeEach(async () => {
  resetStorage();
  api = await startTestServer('seed');
  t = createTestBackground({ fetch: api.fetch });
});
afterEach(() => api.close());

async function syncAndCompare(): Promise<void> {
  await configure(t.browser, { apiUrl: api.server.url }, api.server.token);
  // The old records carry no ETag or watermark the new code trusts blindly: a full listing replaces them.
  expect((await t.bg.sync.run()).outcome).toBe('ok');
  await expectCacheMirrorsApi(await t.bg.cache.db(), { url: api.server.url, token: api.server.token });
}

describe('cache upgrades, robustness', () => {
  it('upgrades from every earlier schema version with data in it, and a sync completes the cache', async (ctx) => {
    const versions = Array.from({ length: CACHE_DB_VERSION - 1 }, (_, i) => i + 1);
    expect(Object.keys(EARLIER_VERSIONS).map(Number)).toEqual(versions);
    for (const version of versions) {
      tally(ctx, 'database: upgrades from earlier versions', 1);
      resetStorage();
      t = createTestBackground({ fetch: api.fetch });
      (await populatedDatabase(version)).close();
      const db = await t.bg.cache.db();
      expect(db.version).toBe(CACHE_DB_VERSION);
      // Upgraded, not rebuilt: the old records are still there before the sync.
      expect(await db.get('projects', 'p-stale')).toBeDefined();
      // v4 regroups the old job records: one record per scan.
      expect((await db.get('jobs', 's-invalid-credentials-1'))?.jobs.map((j) => j.id)).toEqual(['j-old']);
      expect(await db.get('errors', 'e-old')).toBeDefined();
      expect(await db.get('integrations', 'i-stale')).toBeDefined();
      expect((await db.get('jobFacts', 's-invalid-credentials-1'))?.jobs.map((f) => f[0])).toEqual(['j-old']);
      if (version >= 2) {
        expect(await db.get('marks', 's-invalid-credentials-1')).toBeDefined();
        expect(await db.get('projectPrefs', 'p-stale')).toBeDefined();
        expect(await db.get('ledger', 'k-old')).toBeDefined();
      }
      await syncAndCompare();
    }
  });

  it('a second connection open during the upgrade: one that steps aside lets it run at once', async (ctx) => {
    tally(ctx, 'database: second connection during upgrade', 1);
    const old = await populatedDatabase(1);
    let asked = 0;
    old.addEventListener('versionchange', () => {
      asked++;
      old.close();
    });
    const db = await t.bg.cache.db();
    expect(asked).toBe(1);
    expect(db.version).toBe(CACHE_DB_VERSION);
    expect(await db.get('projects', 'p-stale')).toBeDefined();
    await syncAndCompare();
  });

  it('a second connection that ignores versionchange: the upgrade waits (blocked), then runs when it closes, data intact', async (ctx) => {
    tally(ctx, 'database: second connection during upgrade', 1);
    const old = await populatedDatabase(1);
    const events: string[] = [];
    let blocked!: () => void;
    const wasBlocked = new Promise<void>((resolve) => (blocked = resolve));
    const handle = createCacheHandle({ onEvent: (e) => (events.push(e), e === 'blocked' && blocked()) });
    const opening = handle.db();
    await wasBlocked;
    old.close(); // the old page goes away
    const db = await opening;
    expect(db.version).toBe(CACHE_DB_VERSION);
    expect(await db.get('projects', 'p-stale')).toBeDefined();
    expect(events).not.toContain('rebuilt');
    handle.close();
    await syncAndCompare();
  });
});
