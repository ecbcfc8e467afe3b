/**
 * The popup's data: the first screen of its view (from the stored view, else from the worker), then
 * every row once that has painted, then a sync; every row is re-read on each change broadcast.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { PopupState, PopupView } from '../messages.ts';
import { sendMessage } from '../platform/send-message.ts';
import { onBroadcast } from '../platform/on-broadcast.ts';
import { sameView } from './popup-prefs.ts';
import { askFirstScreen, type FirstPaint } from './popup-boot.ts';

export interface PopupModel {
  /** Every row, or (while `state.firstScreen` is set) the first rows of the view asked for. */
  state: PopupState | null;
  /** Why the state could not be read (the background did not answer). */
  loadError: string | null;
  /** A sync asked for from here is in flight, or what is shown may be older than the cache. */
  refreshing: boolean;
  /** Re-reads the cached state, every row (no network). */
  reload: () => Promise<void>;
  /** Asks the background to sync now, then re-reads. */
  refresh: () => Promise<void>;
}

/** Resolves after the browser has painted what is rendered now (the next frame, then a task). */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame !== 'function') return void setTimeout(resolve, 0);
    requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}

/**
 * Loads and keeps the popup state current once `view` (the remembered prefs) is known. The first
 * paint is that view's first screen; every row follows after it paints, so search and filters then
 * work locally over the whole list. `early` is that first screen when it was already read (as the
 * popup's script loaded) for this `view`; `initial`, that first screen when it had arrived before the
 * first render (main.tsx waits a moment for it, so the first frame already shows the list).
 */
export function usePopupState(view: PopupView | null, early?: Promise<FirstPaint>, initial?: FirstPaint): PopupModel {
  const [state, setState] = useState<PopupState | null>(initial?.state ?? null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [refreshing, setRefreshing] = useState(false);
  const [behind, setBehind] = useState(initial ? !initial.current : false);
  // Answers can overtake each other: only the newest full read may set the state, and a first
  // screen only until a full read has arrived.
  const fullSequence = useRef(0);
  const firstSequence = useRef(0);
  const hasFull = useRef(false);
  const started = useRef(false);

  const reload = useCallback(async () => {
    const mine = ++fullSequence.current;
    try {
      const next = await sendMessage('popup/rows', {});
      if (mine === fullSequence.current) {
        hasFull.current = true;
        setState(next);
        setBehind(false);
        setLoadError(null);
      }
    } catch (error) {
      if (mine === fullSequence.current) setLoadError(error instanceof Error ? error.message : String(error));
    }
  }, []);

  const loadFirstScreen = useCallback(async (wanted: PopupView, asked?: Promise<FirstPaint>) => {
    const mine = ++firstSequence.current;
    try {
      const next = await (asked ?? askFirstScreen(wanted));
      if (mine !== firstSequence.current || hasFull.current) return false;
      setState(next.state);
      setBehind(!next.current);
      setLoadError(null);
      return true;
    } catch (error) {
      if (mine === firstSequence.current && !hasFull.current) setLoadError(error instanceof Error ? error.message : String(error));
      return false;
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

  useEffect(
    () =>
      onBroadcast((broadcast) => {
        if (broadcast.scope !== 'overlay' && started.current) void reload();
      }),
    [reload],
  );

  useEffect(() => {
    if (view === null || started.current) return;
    started.current = true;
    // The view's first screen alone, so the list paints before every row is even sent; then every
    // row, then a sync.
    // `initial` is that first screen, rendered already.
    void (initial ? Promise.resolve(true) : loadFirstScreen(view, early))
      .then((shown) => (shown ? afterPaint() : undefined))
      .then(reload)
      .then(refresh);
  }, [view, early, initial, loadFirstScreen, reload, refresh]);

  // The view changed before every row arrived: its own first screen, until they do.
  const asked = state?.firstScreen?.view;
  useEffect(() => {
    if (view !== null && asked && !hasFull.current && !sameView(asked, view)) void loadFirstScreen(view);
  }, [view, asked, loadFirstScreen]);

  return { state, loadError, refreshing: refreshing || behind, reload, refresh };
}
