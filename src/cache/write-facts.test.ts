import { beforeEach, describe, expect, it } from 'vitest';
import { freshIndexedDb } from './test/fresh-idb.ts';
import { createCacheHandle } from './open-cache.ts';
import { scansEtagKey, writeCollection, writeScanDetails, writeScanPage } from './write-facts.ts';
import { readCacheFacts, readOverlayFacts, readScanDetails, readStatusFacts, readStatusFactsOf } from './read-cache.ts';
import { readSyncState } from './sync-state.ts';
import { errorLog, job, project, scan } from './test/fixtures.ts';

beforeEach(freshIndexedDb);

describe('writeScanPage', () => {
  it('checkpoints the cursor on a middle page and the watermark on the last', async () => {
    const db = await createCacheHandle().db();
    const first = await writeScanPage(db, { since: null, cursor: null, maxUpdatedAt: null }, {
      scans: [scan('s-1', { updatedAt: '2026-01-01T00:03:00.000Z' }), scan('s-2', { updatedAt: '2026-01-01T00:05:00.000Z' })],
      nextCursor: 'c2', etag: '"a"',
    });
    expect(first.changed).toEqual(['s-1', 's-2']);
    expect(first.state.pass).toEqual({ since: null, cursor: 'c2', maxUpdatedAt: '2026-01-01T00:05:00.000Z' });
    expect(first.state.watermark).toBeNull();
    expect(first.state.pendingDetails).toEqual(['s-1', 's-2']);

    const last = await writeScanPage(db, first.state.pass!, { scans: [scan('s-3', { updatedAt: '2026-01-01T00:04:00.000Z' })], nextCursor: null, etag: '"b"' });
    expect(last.state.pass).toBeNull();
    expect(last.state.watermark).toBe('2026-01-01T00:05:00.000Z');
    // A multi-page listing leaves no ETag behind: it would not describe the whole listing.
    expect(Object.keys(last.state.etags)).toEqual([]);
    expect((await readSyncState(db)).pendingDetails).toEqual(['s-1', 's-2', 's-3']);
  });

  it('keeps the ETag of a single-page listing keyed by its updatedSince, and flags only changed scans', async () => {
    const db = await createCacheHandle().db();
    await writeScanPage(db, { since: null, cursor: null, maxUpdatedAt: null }, { scans: [scan('s-1')], nextCursor: null, etag: '"a"' });
    await writeScanDetails(db, 's-1', { items: [], etag: null }, { items: [], etag: null });
    const again = await writeScanPage(db, { since: 'w', cursor: null, maxUpdatedAt: null }, { scans: [scan('s-1')], nextCursor: null, etag: '"b"' });
    expect(again.changed).toEqual([]);
    expect(again.state.etags).toEqual({ [scansEtagKey('w')]: '"b"' });
    expect(again.state.pendingDetails).toEqual([]);
  });
});

describe('writeScanDetails', () => {
  it('replaces jobs and errors of one scan and takes it off the pending list', async () => {
    const db = await createCacheHandle().db();
    await writeScanPage(db, { since: null, cursor: null, maxUpdatedAt: null }, { scans: [scan('s-1'), scan('s-2')], nextCursor: null, etag: null });
    await writeScanDetails(db, 's-1', { items: [job('j-1', 's-1'), job('j-2', 's-1')], etag: '"j"' }, { items: [errorLog('e-1', 's-1')], etag: null });
    await writeScanDetails(db, 's-1', { items: [job('j-2', 's-1', { status: 'failed' })], etag: '"j2"' }, 'not_modified');
    const facts = await readCacheFacts(db);
    expect(facts.jobsByScan.get('s-1')?.map((j) => [j.id, j.status])).toEqual([['j-2', 'failed']]);
    expect(facts.errorsByScan.get('s-1')?.map((e) => e.id)).toEqual(['e-1']);
    expect(facts.sync.pendingDetails).toEqual(['s-2']);
    expect(facts.sync.etags['jobs:s-1']).toBe('"j2"');
  });
});

describe('the named reads', () => {
  it('read whole jobs and error logs of the selected scans, or only their job facts (statuses come from them)', async () => {
    const db = await createCacheHandle().db();
    await writeScanPage(db, { since: null, cursor: null, maxUpdatedAt: null }, { scans: [scan('s-1'), scan('s-2')], nextCursor: null, etag: null });
    await writeScanDetails(db, 's-1', { items: [job('j-1', 's-1', { status: 'failed' })], etag: null }, { items: [errorLog('e-1', 's-1')], etag: null });
    const full = await readScanDetails(db, () => ['s-1']);
    expect(full.scans.map((s) => s.id)).toEqual(['s-1']);
    expect(full.jobsByScan.get('s-1')?.map((j) => j.id)).toEqual(['j-1']);
    expect(full.errorsByScan.get('s-1')?.map((e) => e.id)).toEqual(['e-1']);
    const lean = await readStatusFactsOf(db, () => ['s-1']);
    expect(lean.scans.map((s) => s.id)).toEqual(['s-1']);
    expect(lean.jobsByScan.size).toBe(0);
    expect(lean.errorsByScan.size).toBe(0);
    expect(lean.attemptsByScan.get('s-1')).toEqual([{ id: 'j-1', status: 'failed', attempt: 1 }]);
    const statuses = await readStatusFacts(db);
    expect(statuses.scans.map((s) => s.id).sort()).toEqual(['s-1', 's-2']);
    expect(statuses.jobsByScan.size).toBe(0);
    const overlay = await readOverlayFacts(db, () => ['s-1']);
    expect(overlay.scans.map((s) => s.id).sort()).toEqual(['s-1', 's-2']);
    expect(overlay.jobsByScan.get('s-1')?.map((j) => j.id)).toEqual(['j-1']);
    expect(overlay.errorsByScan.get('s-1')?.map((e) => e.id)).toEqual(['e-1']);
  });
});

describe('writeCollection', () => {
  it('replaces the projects with a fresh listing', async () => {
    const db = await createCacheHandle().db();
    await writeCollection(db, 'projects', [project('p-1'), project('p-2')], '"p"');
    await writeCollection(db, 'projects', [project('p-2')], null);
    const facts = await readCacheFacts(db);
    expect(facts.projects.map((p) => p.id)).toEqual(['p-2']);
    expect(facts.sync.etags.projects).toBeUndefined();
  });
});
