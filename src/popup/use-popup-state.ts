/** The popup's data: the background's cached state first, then a sync, re-read on every change broadcast. */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { PopupState } from '../messages.ts';
import { sendMessage } from '../platform/send-message.ts';
import { onBroadcast } from '../platform/on-broadcast.ts';

export interface PopupModel {
  state: PopupState | null;
  /** Why the state could not be read (the background did not answer). */
  loadError: string | null;
  /** A sync asked for from here is in flight. */
  refreshing: boolean;
  /** Re-reads the cached state (no network). */
  reload: () => Promise<void>;
  /** Asks the background to sync now, then re-reads. */
  refresh: () => Promise<void>;
}

/** Loads and keeps the popup state current. The first read is answered from the cache, before any network. */
export function usePopupState(): PopupModel {
  const [state, setState] = useState<PopupState | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [refreshing, setRefreshing] = useState(false);
  // Answers can overtake each other; only the newest request may set the state.
  const sequence = useRef(0);

  const reload = useCallback(async () => {
    const mine = ++sequence.current;
    try {
      const next = await sendMessage('popup/state', {});
      if (mine === sequence.current) {
        setState(next);
        setLoadError(null);
      }
    } catch (error) {
      if (mine === sequence.current) setLoadError(error instanceof Error ? error.message : String(error));
    }
  }, []);

  const refresh = useCallback(async () => {
    setRefreshing(true);
    try {
      await sendMessage('sync/now', {});
    } catch {
      // The state read below carries the connection error, if any.
    } finally {
      setRefreshing(false);
    }
    await reload();
  }, [reload]);

  useEffect(() => {
    const stop = onBroadcast((broadcast) => {
      if (broadcast.scope !== 'overlay') void reload();
    });
    // Cache first, so the list paints before any network; then sync.
    void reload().then(refresh);
    return stop;
  }, [reload, refresh]);

  return { state, loadError, refreshing, reload, refresh };
}
