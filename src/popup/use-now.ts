/** The current time, re-read every `periodMs`, so "synced 2 min ago" and running durations stay true. */
import { useEffect, useState } from 'preact/hooks';

/** Epoch ms, refreshed on an interval while the popup is open. */
export function useNow(periodMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), periodMs);
    return () => clearInterval(id);
  }, [periodMs]);
  return now;
}
