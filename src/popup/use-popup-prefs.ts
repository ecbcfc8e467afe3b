/** The remembered filter, search and scope, loaded once and saved on every change. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { loadPopupPrefs, savePopupPrefs, type PopupPrefs } from './popup-prefs.ts';

/**
 * [prefs (null until loaded), update]. `early` is their load when already started (as the popup's
 * script loaded), `initial` their value when it had already resolved before the first render.
 */
export function usePopupPrefs(early?: Promise<PopupPrefs>, initial?: PopupPrefs): [PopupPrefs | null, (change: Partial<PopupPrefs>) => void] {
  const [prefs, setPrefs] = useState<PopupPrefs | null>(initial ?? null);

  useEffect(() => {
    if (initial) return undefined;
    let live = true;
    void (early ?? loadPopupPrefs()).then((loaded) => {
      if (live) setPrefs((current) => current ?? loaded);
    });
    return () => {
      live = false;
    };
  }, [early, initial]);

  const update = useCallback((change: Partial<PopupPrefs>) => {
    setPrefs((current) => {
      const next = { ...(current ?? { filter: 'all', search: '', allRuns: false }), ...change } as PopupPrefs;
      void savePopupPrefs(next);
      return next;
    });
  }, []);

  return [prefs, update];
}
