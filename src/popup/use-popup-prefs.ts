/** The remembered filter, search and scope, loaded once and saved on every change. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { loadPopupPrefs, savePopupPrefs, type PopupPrefs } from './popup-prefs.ts';

/** [prefs (null until loaded), update]. */
export function usePopupPrefs(): [PopupPrefs | null, (change: Partial<PopupPrefs>) => void] {
  const [prefs, setPrefs] = useState<PopupPrefs | null>(null);

  useEffect(() => {
    let live = true;
    void loadPopupPrefs().then((loaded) => {
      if (live) setPrefs((current) => current ?? loaded);
    });
    return () => {
      live = false;
    };
  }, []);

  const update = useCallback((change: Partial<PopupPrefs>) => {
    setPrefs((current) => {
      const next = { ...(current ?? { filter: 'all', search: '', allRuns: false }), ...change } as PopupPrefs;
      void savePopupPrefs(next);
      return next;
    });
  }, []);

  return [prefs, update];
}
