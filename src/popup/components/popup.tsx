/** The toolbar popup: header, connection banner, filters and the scan list. */
import { useEffect, useMemo } from 'preact/hooks';
import { sendMessage } from '../../platform/send-message.ts';
import { t } from '../../platform/i18n.ts';
import { syncedAgo } from '../format-time.ts';
import { countByFilter, countByStatus, scopeRows, selectRows } from '../../core/select-rows.ts';
import { sameView } from '../popup-prefs.ts';
import { useNow } from '../use-now.ts';
import { usePopupPrefs } from '../use-popup-prefs.ts';
import { usePopupState } from '../use-popup-state.ts';
import type { PopupBoot } from '../popup-boot.ts';
import { bannerKind, ConnectionBanner } from './connection-banner.tsx';
import { EmptyList } from './empty-list.tsx';
import { FilterBar } from './filter-bar.tsx';
import { PopupHeader } from './popup-header.tsx';
import { ScanList } from './scan-list.tsx';
import { SyncNotice } from './sync-notice.tsx';

/** Performance mark a benchmark reads: set once, right after the first paint with the list. */
export const FIRST_LIST_PAINT = 'scansight:first-list-paint';

/**
 * Renders from the cached state as soon as it arrives; a sync follows (see usePopupState). `boot`
 * holds the reads main.tsx started as the script loaded.
 */
export function Popup({ boot }: { boot?: PopupBoot } = {}) {
  const [prefs, updatePrefs] = usePopupPrefs(boot?.prefs, boot?.ready?.prefs);
  const model = usePopupState(prefs, boot?.firstScreen, boot?.ready?.first);
  const now = useNow();
  const { state } = model;
  const ready = state !== null && prefs !== null;
  // Until every row arrives, the background's first screen of the current view stands in for the list.
  const first = state?.firstScreen && prefs && sameView(state.firstScreen.view, prefs) ? state.firstScreen : null;

  const scoped = useMemo(() => (state && prefs ? scopeRows(state.rows, prefs.allRuns) : []), [state, prefs?.allRuns]);
  const selected = useMemo(() => (prefs ? selectRows(scoped, prefs.filter, prefs.search, now) : []), [scoped, prefs?.filter, prefs?.search, now]);
  const localCounts = useMemo(() => countByStatus(scoped), [scoped]);
  const localFilterCounts = useMemo(() => countByFilter(scoped, localCounts, now), [scoped, localCounts, now]);
  const rows = first ? (state?.rows ?? []) : selected;
  const counts = first ? first.counts : localCounts;
  const filterCounts = first ? first.filters : localFilterCounts;
  const cachedScans = first ? first.scans : (state?.rows.length ?? 0);

  useEffect(() => {
    // Preact runs effects after the browser has painted, so this marks the first painted list.
    if (ready && performance.getEntriesByName(FIRST_LIST_PAINT).length === 0) performance.mark(FIRST_LIST_PAINT);
  }, [ready]);

  if (!ready) {
    return (
      <main class="popup" aria-busy="true">
        <p class="empty" role={model.loadError ? 'alert' : 'status'}>{model.loadError ? t('popup_loadFailed') : t('popup_loading')}</p>
      </main>
    );
  }

  const banner = bannerKind(state);
  // Cached data shown while the API cannot confirm it is marked stale.
  const stale = banner === 'unreachable' || banner === 'unauthorized';
  const openOptions = () => void sendMessage('open/options', {}).catch(() => undefined);
  return (
    <main class="popup">
      <PopupHeader counts={counts} synced={syncedAgo(state.lastSuccessAt, now)} stale={stale} syncing={model.refreshing || state.syncing} onRefresh={() => void model.refresh()}>
        <SyncNotice state={state} />
      </PopupHeader>
      <ConnectionBanner state={state} onOpenOptions={openOptions} />
      {cachedScans > 0 && <FilterBar prefs={prefs} counts={filterCounts} onChange={updatePrefs} />}
      {rows.length === 0 ? (
        <EmptyList noScans={cachedScans === 0} configured={banner !== 'not-configured'} onShowAll={() => updatePrefs({ filter: 'all', search: '' })} />
      ) : (
        <ScanList rows={rows} rowCount={first ? first.matched : rows.length} state={state} stale={stale} now={now} onChanged={() => void model.reload()} />
      )}
    </main>
  );
}
