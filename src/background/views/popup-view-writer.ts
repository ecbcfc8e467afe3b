/**
 * Writes the popup's materialized view (popup-view.ts) where the data changes: after every broadcast
 * change (a sync pass that changed something or the connection, a mark, mute or snooze, settings), and
 * whenever a worker finds it missing or not current (its start; every full read of the rows).
 */
import type { CacheFacts } from '../../cache/read-cache.ts';
import { readStatusFacts } from '../../cache/read-cache.ts';
import { putPopupView, readPopupView } from '../../cache/popup-view-store.ts';
import { FIRST_SCREEN_ROWS } from '../../core/first-screen.ts';
import { rowsValidUntil } from '../../core/rows-valid-until.ts';
import type { SourceCapabilities } from '../../core/index.ts';
import type { ScanRow, Settings } from '../../messages.ts';
import { MATERIALIZED_FILTERS, VIEW_KEY, screenKey, type PopupViewRecord } from '../../popup-view.ts';
import type { SyncHead } from '../../cache/sync-state.ts';
import type { Background } from '../context.ts';
import { capabilitiesOf } from '../source-capabilities.ts';
import { SYNC_ALARM } from '../sync-alarm.ts';
import { firstScreen, popupRows } from './popup-state.ts';

type Bg = Pick<Background, 'cache' | 'ports' | 'now'>;

export interface ViewMeta {
  configured: boolean;
  capabilities: SourceCapabilities;
  retryAt: number | null;
  now: number;
}

/** The record for every row (as popupRows orders them), derived at `sync` (its `changes`). */
export function popupViewRecord(rows: readonly ScanRow[], scans: number, sync: SyncHead, meta: ViewMeta): PopupViewRecord {
  const screens: PopupViewRecord['screens'] = {};
  for (const filter of MATERIALIZED_FILTERS) {
    for (const allRuns of [false, true]) {
      const view = { filter, search: '', allRuns };
      screens[screenKey(view)!] = firstScreen(rows, view, FIRST_SCREEN_ROWS, meta.now, scans);
    }
  }
  return {
    key: VIEW_KEY, version: 1, changes: sync.changes ?? 0, builtAt: meta.now, validUntil: rowsValidUntil(rows, meta.now),
    configured: meta.configured, capabilities: meta.capabilities, connection: sync.connection,
    lastSuccessAt: sync.lastSuccessAt, lastError: sync.lastError, retryAt: meta.retryAt, screens,
  };
}

/** What the view's header takes from outside the cache: the settings, the secrets, the alarm. */
export async function viewMeta(bg: Bg, settings: Settings): Promise<ViewMeta> {
  const [{ configured, capabilities }, retryAt] = await Promise.all([
    capabilitiesOf(settings),
    bg.ports.alarms.scheduledTime(SYNC_ALARM).catch(() => null),
  ]);
  return { configured, capabilities, retryAt, now: bg.now() };
}

/** Derives and stores the view from `facts` (read with every scan when not given); false when a change overtook it. */
export async function writePopupView(bg: Bg, settings: Settings, facts?: CacheFacts): Promise<boolean> {
  const db = await bg.cache.db();
  const read = facts ?? (await readStatusFacts(db));
  const meta = await viewMeta(bg, settings);
  return putPopupView(db, popupViewRecord(popupRows(read, meta.now), read.scans.length, read.sync, meta));
}

/** Whether the stored view holds for the cache as it is now and for `meta` (the settings' part of it). */
export async function popupViewIsCurrent(bg: Bg, meta: ViewMeta): Promise<boolean> {
  const { record, changes } = await readPopupView(await bg.cache.db());
  const v = record as Partial<PopupViewRecord> | undefined;
  return (
    v?.version === 1 && v.changes === changes && (v.validUntil == null || meta.now < v.validUntil) &&
    v.configured === meta.configured && JSON.stringify(v.capabilities) === JSON.stringify(meta.capabilities)
  );
}

/** Writes the view anew unless it is current (a worker's start: one stopped between a change and its view heals here). */
export async function healPopupView(bg: Bg, settings: Settings): Promise<boolean> {
  if (await popupViewIsCurrent(bg, await viewMeta(bg, settings))) return false;
  return writePopupView(bg, settings);
}
