/**
 * One sync pass against a scan source: projects and integrations (ETag) when due, scans changed since
 * the watermark page by page (each page and its checkpoint in one transaction), projects and
 * integrations after all when scans changed, then jobs and error logs
 * of changed or still-running scans: many scans per request where the source can (scans never fetched
 * before), per scan and conditional otherwise (revalidating cached details by ETag). A failure stops the
 * pass where it is: everything already committed is complete and consistent, and the next pass resumes
 * from the checkpoint.
 */
import type { ScanSource } from '../sources/scan-source.ts';
import { SourceError } from '../sources/scan-source.ts';
import type { CacheDb, SyncState } from '../cache/schema.ts';
import { readSyncState, updateSyncState } from '../cache/sync-state.ts';
import { scansEtagKey, writeCollection, writeScanDetailsBatch, writeScanPage, type ScanDetailsWrite } from '../cache/write-facts.ts';
import { readStatusFacts, type CacheFacts } from '../cache/read-cache.ts';
import { healCache } from '../cache/heal-cache.ts';
import { detailsQueue, planDetailRequests } from './details-queue.ts';
import { fetchDetails, fetchDetailsInBulk } from './fetch-details.ts';

/** Scans whose details share one write transaction (a worker stopped mid-batch refetches at most these). */
const DETAILS_PER_WRITE = 25;

/** Scans per bulk details request (about 0.6 MB for scans of 36 jobs)… */
const DETAILS_PER_REQUEST = 50;
/** …and fewer when their jobs add up to more than this (a scan of 1,000 jobs is ~0.3 MB): responses stay ~1 MB. */
const JOBS_PER_REQUEST = 3_000;

/** Scans whose details a pass refreshes: per scan (2 requests each), or in bulk (1 request per 50). */
const MAX_DETAILS_PER_SCAN = 400;
const MAX_DETAILS_IN_BULK = 5_000;

/** How long an idle poll may skip revalidating projects and integrations. */
export const COLLECTIONS_EVERY_MS = 10 * 60_000;

export interface SyncOnceOptions {
  /** Scans per page (default 500, the ScanSight API's largest; a source clamps it to its own). */
  pageLimit?: number;
  /** Pages per pass; the rest waits for the next pass (keeps a pass well inside the worker's lifetime). */
  maxPages?: number;
  /** Scans whose details are refreshed per pass (default 400 per scan, 5,000 where the source fetches in bulk). */
  maxDetails?: number;
  /** Scans per bulk details request (capped by the source's own limit). */
  detailsPerRequest?: number;
  /** Fewer scans per bulk request when their `jobCount`s add up to more than this. */
  jobsPerRequest?: number;
  /** Details requests in flight at once. */
  concurrency?: number;
  /** Epoch ms after which no new request starts (keeps a pass inside the worker's lifetime); with `now`. */
  deadline?: number;
  now?: () => number;
  /** Wraps each cache write (quota handling). */
  write?: <T>(write: () => Promise<T>) => Promise<T>;
}

export interface SyncOnceResult {
  changed: { projects: boolean; integrations: boolean; scans: boolean };
  /** Largest poll hint any response carried, in ms. */
  pollHintMs: number | null;
  /** The pass stopped at a limit with more to fetch. */
  incomplete: boolean;
  /** Scans whose record or details changed in this pass: the notifier re-judges only these. */
  touched: string[];
  /**
   * Every scan record and job fact as the pass read them, when it changed none of them afterwards (an
   * idle poll, running scans' details answered 304): still the cache, so what follows the pass need not
   * read it again. Its `sync` is older: read the sync record anew.
   */
  unchanged?: CacheFacts;
}

/** Every scan record and job fact, no job records or error logs: what the heal check and the queue read. */
const readStatuses = (db: CacheDb) => readStatusFacts(db);

/** Runs one pass; throws SourceError (cache left consistent) on the first failed request. */
export async function syncOnce(db: CacheDb, source: ScanSource, options: SyncOnceOptions = {}): Promise<SyncOnceResult> {
  const write = options.write ?? ((w) => w());
  // Whether this pass wrote any record its first read holds (projects, integrations, scans, job facts,
  // or the queue's pending list and ETags through a scan page): until it does, that read is the cache.
  let dirty = false;
  const timeLeft = () => options.deadline === undefined || (options.now ?? Date.now)() < options.deadline;
  const changed = { projects: false, integrations: false, scans: false };
  let pollHintMs: number | null = null;
  const touched = new Set<string>();
  const hint = (h: { pollIntervalMs?: number }) => {
    if (h.pollIntervalMs !== undefined) pollHintMs = Math.max(pollHintMs ?? 0, h.pollIntervalMs);
  };
  // Garbage records would survive the ETags and the watermark: heal first so this pass refetches them.
  const first = await readStatuses(db);
  if (first.garbage) {
    dirty = true;
    await write(() => healCache(db));
  }
  let state: SyncState = await readSyncState(db);

  // Revalidated first when due (never fetched, or checked over COLLECTIONS_EVERY_MS ago), before any
  // write of this pass; otherwise after the listing, and only when scans changed.
  const now = (options.now ?? Date.now)();
  let collectionsChecked = false;
  const revalidateCollections = async () => {
    collectionsChecked = true;
    // Both requests at once; each written when it succeeded, in order (a failure stops the pass as before).
    const [asked, askedToo] = await Promise.allSettled([
      source.listProjects({ etag: state.etags.projects ?? null }),
      source.listIntegrations({ etag: state.etags.integrations ?? null }),
    ]);
    if (asked.status === 'rejected') throw asked.reason;
    const projects = asked.value;
    hint(projects.hints);
    if (projects.status === 'ok') {
      dirty = true;
      await write(() => writeCollection(db, 'projects', projects.data, projects.etag));
      changed.projects = true;
    }
    if (askedToo.status === 'rejected') throw askedToo.reason;
    const integrations = askedToo.value;
    hint(integrations.hints);
    if (integrations.status === 'ok') {
      dirty = true;
      await write(() => writeCollection(db, 'integrations', integrations.data, integrations.etag));
      changed.integrations = true;
    }
    state = await write(() => updateSyncState(db, () => ({ collectionsCheckedAt: now })));
  };
  const checkedAt = state.collectionsCheckedAt ?? null;
  if (!state.etags.projects || !state.etags.integrations || checkedAt === null || now < checkedAt || now - checkedAt >= COLLECTIONS_EVERY_MS) {
    await revalidateCollections();
  }

  let pass = state.pass ?? { since: state.watermark, cursor: null, maxUpdatedAt: null };
  let pages = 0;
  let incomplete = false;
  for (;;) {
    const etag = pass.cursor === null ? (state.etags[scansEtagKey(pass.since)] ?? null) : null;
    let page: Awaited<ReturnType<typeof source.listScans>>;
    try {
      page = await source.listScans({ updatedSince: pass.since, cursor: pass.cursor, limit: options.pageLimit ?? 500 }, { etag });
    } catch (error) {
      // A reply refused mid-pass: the checkpoint that led to it goes, so the next pass starts clean
      // from the watermark (the pages already written stay; a bad cursor is never asked again).
      if (error instanceof SourceError && error.code === 'invalid_response' && state.pass) {
        state = await write(() => updateSyncState(db, () => ({ pass: null })));
      }
      throw error;
    }
    hint(page.hints);
    if (page.status === 'not_modified') break;
    const current = pass;
    dirty = true;
    const written = await write(() => writeScanPage(db, current, { ...page.data, etag: page.etag }));
    if (written.changed.length > 0) changed.scans = true;
    for (const id of written.changed) touched.add(id);
    state = written.state;
    pages++;
    if (state.pass === null) break;
    pass = state.pass;
    if (pages >= (options.maxPages ?? 20) || !timeLeft()) {
      incomplete = true;
      break;
    }
  }

  // Projects and integrations change rarely and mostly with scans: an idle poll is the scans listing alone.
  if (!collectionsChecked && changed.scans) await revalidateCollections();

  // An idle poll (a 304, nothing due) wrote nothing: the first read still holds.
  const { queue: wanted, etags, jobCounts } = detailsQueue(dirty ? await readStatuses(db) : first);
  const bulk = typeof source.listScanDetails === 'function';
  const batch = wanted.slice(0, options.maxDetails ?? (bulk ? MAX_DETAILS_IN_BULK : MAX_DETAILS_PER_SCAN));
  // Scans with cached details are revalidated one by one (their ETags make an unchanged one a cheap
  // 304); the rest, a cold cache's every scan, go many to a request. Queue order is kept within each.
  const perRequest = Math.max(1, Math.min(options.detailsPerRequest ?? DETAILS_PER_REQUEST, source.maxScanDetailsPerRequest ?? DETAILS_PER_REQUEST));
  const units = planDetailRequests(batch, {
    bulk,
    perRequest,
    jobsPerRequest: options.jobsPerRequest ?? JOBS_PER_REQUEST,
    known: (id) => etags[`jobs:${id}`] !== undefined || etags[`errors:${id}`] !== undefined,
    jobsOf: (id) => jobCounts.get(id) ?? 0,
  });
  let next = 0;
  let failure: unknown = null;
  let buffer: ScanDetailsWrite[] = [];
  const flush = async () => {
    const items = buffer;
    buffer = [];
    if (items.length === 0) return;
    // Details answered 304 write only the sync record's bookkeeping: no job fact, so `first` still holds.
    for (const id of await write(() => writeScanDetailsBatch(db, items))) {
      dirty = true;
      changed.scans = true;
      touched.add(id);
    }
  };
  const worker = async () => {
    while (failure === null && next < units.length && timeLeft()) {
      const unit = units[next++]!;
      try {
        if (unit.kind === 'one') buffer.push(await fetchDetails(source, unit.scanId, etags, hint));
        else {
          const fetched = await fetchDetailsInBulk(source, unit.scanIds, hint);
          // A server without the bulk request: these scans are asked for one by one, later in this pass.
          if (fetched === null) units.push(...unit.scanIds.map((scanId) => ({ kind: 'one' as const, scanId })));
          else buffer.push(...fetched);
        }
        if (buffer.length >= DETAILS_PER_WRITE) await flush();
      } catch (error) {
        failure ??= error;
      }
    }
  };
  // Every worker finishes its request before the pass reports: nothing keeps writing behind it.
  await Promise.all(Array.from({ length: options.concurrency ?? 4 }, worker));
  await flush();
  if (failure !== null) throw failure;
  if (next < units.length || batch.length < wanted.length) incomplete = true;
  return { changed, pollHintMs, incomplete, touched: [...touched], ...(dirty ? {} : { unchanged: first }) };
}
