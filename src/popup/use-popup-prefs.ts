/** The remembered filter, search and scope, loaded once and saved on every change. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { loadPopupPrefs, savePopupPrefs, type PopupPrefs } from './popup-prefs.ts';

/** [prefs (null until loaded), update]. `early` is their load when already started (as the popup's script loaded). */
export function usePopupPrefs(early?: Promise<PopupPrefs>): [PopupPrefs | null, (change: Partial<PopupPrefs>) => void] {
  const [prefs, setPrefs] = useState<PopupPrefs | null>(null);

  useEffect(() => {
    let live = true;
    void (early ?? loadPopupPrefs()).then((loaded) => {
      if (live) setPrefs((current) => current ?? loaded);
    });
    return () => {
      live = false;
    };
  }, [early]);

  const update = useCallback((change: Partial<PopupPrefs>) => {
    setPrefs((current) => {
      const next = { ...(current ?? { filter: 'all', search: '', allRuns: false }), ...change } as PopupPrefs;
      void savePopupPrefs(next);
      return next;
    });
  }, []);

  return [prefs, update];
}
