/** Preact hook over the store: the current data, re-rendering on change; starts polling once. */
import { useEffect, useState } from 'preact/hooks';
import { currentData, refresh, subscribe, type DashboardData } from './store.ts';

let started = false;

/** The dashboard's data; the first caller starts the 2-second poll. */
export function useData(): DashboardData {
  const [data, setData] = useState(currentData());
  useEffect(() => {
    const unsubscribe = subscribe(() => setData(currentData()));
    if (!started) {
      started = true;
      void refresh();
    }
    return unsubscribe;
  }, []);
  return data;
}
