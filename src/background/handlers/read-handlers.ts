/** Handlers that only read: the popup's scan detail, the overlay's data (the popup's list: popup-handlers.ts). */
import { readOverlayFacts, readScanDetails } from '../../cache/read-cache.ts';
import { latestScanIds } from '../scan-rows.ts';
import { readSyncHead } from '../../cache/sync-state.ts';
import { lastOverlayData, memoizedOverlayData } from '../views/overlay-memo.ts';
import { createRateLimiter } from '../tab-rate-limit.ts';
import { healIfNeeded } from './popup-handlers.ts';
import { scanDetail } from '../views/scan-detail.ts';
import { overlayData, overlayOff } from '../views/overlay-data.ts';
import { dashboardOrigin } from '../dashboard-url.ts';
import type { Handler } from './handler.ts';
import { capabilitiesFor } from '../source-capabilities.ts';

export const popupDetailHandler: Handler<'popup/detail'> = async (bg, req, { settings }) => {
  // The scan's project's runs: its rows, jobs and the history escalation reads.
  const facts = await readScanDetails(await bg.cache.db(), (scans) => {
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
  // The cache's change counter covers facts and marks; the connection covers a rejected integration.
  const sync = await readSyncHead(db);
  const key = JSON.stringify([sync.changes ?? 0, sync.connection, sync.lastError?.code ?? null, sync.pendingDetails.length, settings.sourceType, settings.apiUrl, settings.dashboardUrl]);
  return memoizedOverlayData(db, key, now, async () => {
    // Whole jobs only of each project's latest run (the rows the Projects page annotates); every other
    // run's jobs come from the compact facts, and error logs in one read for classification.
    const facts = await readOverlayFacts(db, latestScanIds);
    await healIfNeeded(bg, facts);
    return overlayData(facts, { enabled, dashboard: settings.sourceType, capabilities: capabilitiesFor(settings), now });
  });
};
