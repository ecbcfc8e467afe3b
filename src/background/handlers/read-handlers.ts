/** Handlers that only read: popup list and detail, the overlay's data, the options. */
import { readFactsFor, type CacheFacts } from '../../cache/read-cache.ts';
import { healCache } from '../../cache/heal-cache.ts';
import { latestScanIds } from '../scan-rows.ts';
import { readSyncState } from '../../cache/sync-state.ts';
import { readFactsOfScans } from '../../cache/read-popup-rows.ts';
import { popupRows, popupState } from '../views/popup-state.ts';
import { keptRows, memoizedRows } from '../views/popup-rows-memo.ts';
import { SYNC_ALARM } from '../sync-cycle.ts';
import { scanDetail } from '../views/scan-detail.ts';
import { overlayData } from '../views/overlay-data.ts';
import { dashboardOrigin } from '../dashboard-url.ts';
import { capabilitiesOf, type Handler } from './handler.ts';

/** A read that met garbage records heals the cache (the answer already left them out). */
async function healIfNeeded(bg: Parameters<Handler<'popup/state'>>[0], facts: CacheFacts): Promise<void> {
  if (facts.garbage) await healCache(await bg.cache.db());
}

export const popupStateHandler: Handler<'popup/state'> = async (bg, req, { settings }) => {
  const db = await bg.cache.db();
  const [sync, { configured, capabilities }] = await Promise.all([readSyncState(db), capabilitiesOf(bg, settings)]);
  const now = bg.now();
  const failing = sync.connection === 'unreachable' || sync.connection === 'unauthorized';
  const nextSyncAt = failing ? await bg.ports.alarms.scheduledTime(SYNC_ALARM).catch(() => null) : null;
  const head = { sync, configured, syncing: bg.sync.busy, capabilities, nextSyncAt, now, view: req.view, limit: req.limit };
  const kept = await keptRows(db, sync, now);
  if (!kept && req.view && !req.view.allRuns) {
    // Nothing memoized (a worker just started): a view of latest runs needs only their job facts. Every
    // row is computed and memoized by the full read the popup asks for next.
    const facts = await readFactsOfScans(db, latestScanIds);
    await healIfNeeded(bg, facts);
    const latest = new Set(latestScanIds(facts.scans));
    const rows = popupRows({ ...facts, scans: facts.scans.filter((s) => latest.has(s.id)) }, now);
    return popupState({ ...head, rows, scanCount: facts.scans.length });
  }
  // Statuses from the compact job facts (no job record is read), memoized between opens.
  const rows =
    kept ??
    (await memoizedRows(db, sync, now, async () => {
      const facts = await readFactsFor(db, () => [], { allScans: true });
      await healIfNeeded(bg, facts);
      return facts;
    }));
  return popupState({ ...head, rows });
};

export const popupDetailHandler: Handler<'popup/detail'> = async (bg, req, { settings }) => {
  // The scan's project's runs: its rows, jobs and the history escalation reads.
  const facts = await readFactsFor(await bg.cache.db(), (scans) => {
    const projectId = scans.find((s) => s.id === req.scanId)?.projectId;
    return scans.filter((s) => s.projectId === projectId).map((s) => s.id);
  });
  await healIfNeeded(bg, facts);
  const { capabilities } = await capabilitiesOf(bg, settings);
  return scanDetail(facts, req.scanId, capabilities, bg.now());
};

export const overlayDataHandler: Handler<'overlay/data'> = async (bg, req, { settings }) => {
  // The page must be on the dashboard too (the sender check already held the frame to it).
  const origin = dashboardOrigin(settings.dashboardUrl);
  const enabled = settings.overlayEnabled && origin !== null && dashboardOrigin(req.url) === origin;
  if (!enabled) return { enabled: false, projects: [], scans: [], rejectedIntegrations: [] };
  // Whole jobs only of each project's latest run (the rows the Projects page annotates); every other
  // run's jobs come from the compact facts, and error logs in one read for classification.
  const facts = await readFactsFor(await bg.cache.db(), latestScanIds, { allScans: true, allErrors: true });
  await healIfNeeded(bg, facts);
  const { capabilities } = await capabilitiesOf(bg, settings);
  return overlayData(facts, { enabled, capabilities, now: bg.now() });
};
