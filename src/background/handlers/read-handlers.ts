/** Handlers that only read: popup list and detail, the overlay's data, the options. */
import { readFactsFor, type CacheFacts } from '../../cache/read-cache.ts';
import { healCache } from '../../cache/heal-cache.ts';
import { latestScanIds } from '../scan-rows.ts';
import { readSyncHead, type SyncHead } from '../../cache/sync-state.ts';
import { readFactsOfScans } from '../../cache/read-popup-rows.ts';
import { FIRST_SCREEN_ROWS } from '../../core/first-screen.ts';
import { firstScreen, latestRunRows, popupState } from '../views/popup-state.ts';
import { cacheGeneration, checkpointOf, keptRows, memoizedRows } from '../views/popup-rows-memo.ts';
import { lastOverlayData, memoizedOverlayData } from '../views/overlay-memo.ts';
import { createRateLimiter } from '../tab-rate-limit.ts';
import { keepFirstScreen, keepLastView, keptFirstScreen } from '../views/kept-first-screen.ts';
import type { CacheDb } from '../../cache/schema.ts';
import { SYNC_ALARM } from '../sync-cycle.ts';
import { scanDetail } from '../views/scan-detail.ts';
import { overlayData, overlayOff } from '../views/overlay-data.ts';
import { dashboardOrigin } from '../dashboard-url.ts';
import { capabilitiesFor, capabilitiesOf, type Handler } from './handler.ts';

/** A read that met garbage records heals the cache (the answer already left them out). */
async function healIfNeeded(bg: Parameters<Handler<'popup/state'>>[0], facts: CacheFacts): Promise<void> {
  if (facts.garbage) await healCache(await bg.cache.db());
}

export const popupStateHandler: Handler<'popup/state'> = async (bg, req, { settings }) => {
  const db = await bg.cache.db();
  const generation = cacheGeneration();
  const [sync, { configured, capabilities }] = await Promise.all([readSyncHead(db), capabilitiesOf(bg, settings)]);
  const now = bg.now();
  const failing = sync.connection === 'unreachable' || sync.connection === 'unauthorized';
  const nextSyncAt = failing ? await bg.ports.alarms.scheduledTime(SYNC_ALARM).catch(() => null) : null;
  const head = { sync, configured, syncing: bg.sync.busy, capabilities, nextSyncAt, now, view: req.view, limit: req.limit };
  const kept = await keptRows(db, sync, now);
  const { view } = req;
  if (!view) {
    const rows = kept ?? (await allRows(bg, db, sync, now));
    // Every row at hand (the popup reloads them after a mark): the next open after a stop needs no read.
    void keepLastView(bg.ports.storage, rows, sync, now, generation).catch(() => undefined);
    return popupState({ ...head, rows });
  }
  const limit = req.limit ?? FIRST_SCREEN_ROWS;
  // A worker just started has no rows memoized: the first screen kept in session storage, if it holds.
  const earlier = kept ? null : await keptFirstScreen(bg.ports.storage, sync, view, limit, now);
  if (earlier) return popupState({ ...head, rows: [], screen: earlier });
  let rows = kept;
  let scanCount: number | undefined;
  if (!rows && !view.allRuns) {
    // A view of latest runs needs only their job facts. Every row is computed and memoized by the
    // full read the popup asks for next.
    const facts = await readFactsOfScans(db, latestScanIds);
    await healIfNeeded(bg, facts);
    rows = latestRunRows(facts, now);
    scanCount = facts.scans.length;
  }
  rows ??= await allRows(bg, db, sync, now);
  const screen = firstScreen(rows, view, limit, now, scanCount);
  void keepFirstScreen(bg.ports.storage, { generation, sync, view, limit, now, allRows: rows, screen }).catch(() => undefined);
  return popupState({ ...head, rows, screen });
};

/** Every row from the compact job facts (no job record is read), memoized between opens. */
function allRows(bg: Parameters<Handler<'popup/state'>>[0], db: CacheDb, sync: SyncHead, now: number) {
  return memoizedRows(db, sync, now, async () => {
    const facts = await readFactsFor(db, () => [], { allScans: true });
    await healIfNeeded(bg, facts);
    return facts;
  });
}

export const popupDetailHandler: Handler<'popup/detail'> = async (bg, req, { settings }) => {
  // The scan's project's runs: its rows, jobs and the history escalation reads.
  const facts = await readFactsFor(await bg.cache.db(), (scans) => {
    const projectId = scans.find((s) => s.id === req.scanId)?.projectId;
    return scans.filter((s) => s.projectId === projectId).map((s) => s.id);
  });
  await healIfNeeded(bg, facts);
  return scanDetail(facts, req.scanId, capabilitiesFor(settings), bg.now());
};

/** Each dashboard tab: a burst of 5 overlay requests, then 2 a second (a page looping navigations gets the last answer). */
const overlayLimiter = createRateLimiter({ burst: 5, perSecond: 2 });

export const overlayDataHandler: Handler<'overlay/data'> = async (bg, req, { settings, sender }) => {
  // The page must be on the dashboard too (the sender check already held the frame to it).
  const origin = dashboardOrigin(settings.dashboardUrl);
  const enabled = settings.overlayEnabled && origin !== null && dashboardOrigin(req.url) === origin;
  if (!enabled) return overlayOff(settings.sourceType);
  const now = bg.now();
  // Over its rate, a tab gets the last answer (there is always one after its first request).
  const allowed = overlayLimiter.allow(`tab:${sender?.tabId ?? 'none'}`, now);
  const last = lastOverlayData();
  if (!allowed && last) return last;
  const db = await bg.cache.db();
  const key = JSON.stringify([cacheGeneration(), checkpointOf(await readSyncHead(db)), settings.sourceType, settings.apiUrl, settings.dashboardUrl]);
  return memoizedOverlayData(db, key, now, async () => {
    // Whole jobs only of each project's latest run (the rows the Projects page annotates); every other
    // run's jobs come from the compact facts, and error logs in one read for classification.
    const facts = await readFactsFor(db, latestScanIds, { allScans: true, allErrors: true });
    await healIfNeeded(bg, facts);
    return overlayData(facts, { enabled, dashboard: settings.sourceType, capabilities: capabilitiesFor(settings), now });
  });
};
