/**
 * The popup's two reads. No memo: the popup paints from its stored view (popup-view.ts) without the
 * worker, then asks for every row; a view with a search, or no stored view, asks for its first screen.
 */
import { readStatusFacts, type CacheFacts } from '../../cache/read-cache.ts';
import { readFactsOfScans } from '../../cache/read-popup-rows.ts';
import { healCache } from '../../cache/heal-cache.ts';
import { putPopupView } from '../../cache/popup-view-store.ts';
import type { SyncHead } from '../../cache/sync-state.ts';
import { FIRST_SCREEN_ROWS } from '../../core/first-screen.ts';
import type { PopupState } from '../../messages.ts';
import { latestScanIds } from '../scan-rows.ts';
import { firstScreen, latestRunRows, popupRows } from '../views/popup-state.ts';
import { popupViewIsCurrent, popupViewRecord, viewMeta, type ViewMeta } from '../views/popup-view-writer.ts';
import type { Background } from '../context.ts';
import type { Handler } from './handler.ts';

/** A read that met garbage records heals the cache (the answer already left them out). */
export async function healIfNeeded(bg: Background, facts: CacheFacts): Promise<void> {
  if (facts.garbage) await healCache(await bg.cache.db());
}

/** The list's header: the connection as the cache says, the settings' part, a sync under way. */
function header(bg: Background, sync: SyncHead, meta: ViewMeta): Omit<PopupState, 'rows' | 'firstScreen'> {
  const connection = meta.configured ? sync.connection : 'not_configured';
  const failing = connection === 'unreachable' || connection === 'unauthorized';
  return {
    configured: meta.configured, connection, lastSuccessAt: sync.lastSuccessAt, lastError: sync.lastError,
    retryAt: failing ? meta.retryAt : null, syncing: bg.sync.busy, capabilities: meta.capabilities,
  };
}

export const popupScreenHandler: Handler<'popup/screen'> = async (bg, { view, limit }, { settings }) => {
  const db = await bg.cache.db();
  // A view of latest runs needs only their job facts: a tenth of them with ten runs per project.
  const facts = view.allRuns ? await readStatusFacts(db) : await readFactsOfScans(db, latestScanIds);
  await healIfNeeded(bg, facts);
  const meta = await viewMeta(bg, settings);
  const rows = view.allRuns ? popupRows(facts, meta.now) : latestRunRows(facts, meta.now);
  return { ...header(bg, facts.sync, meta), ...firstScreen(rows, view, limit ?? FIRST_SCREEN_ROWS, meta.now, facts.scans.length) };
};

export const popupRowsHandler: Handler<'popup/rows'> = async (bg, _req, { settings }) => {
  const db = await bg.cache.db();
  const facts = await readStatusFacts(db);
  await healIfNeeded(bg, facts);
  const meta = await viewMeta(bg, settings);
  const rows = popupRows(facts, meta.now);
  // Every row at hand: the stored view is written anew when it no longer holds (a snooze ended, a
  // run turned orphan, a worker stopped between a change and its view).
  if (!(await popupViewIsCurrent(bg, meta))) await putPopupView(db, popupViewRecord(rows, facts.scans.length, facts.sync, meta)).catch(() => false);
  return { ...header(bg, facts.sync, meta), rows };
};
