/** Whether the current origins are granted, re-checked whenever they change. */
import { useEffect, useState } from 'preact/hooks';
import { hasOrigins } from '../platform/permissions.ts';

/** False until the check answers (so a click before then asks, which is harmless). */
export function useGranted(origins: string[]): boolean {
  const key = origins.join(' ');
  const [granted, setGranted] = useState<{ key: string; granted: boolean }>({ key: '', granted: false });
  useEffect(() => {
    let current = true;
    if (!key) return;
    hasOrigins(key.split(' ')).then(
      (answer) => current && setGranted({ key, granted: answer }),
      () => current && setGranted({ key, granted: false }),
    );
    return () => {
      current = false;
    };
  }, [key]);
  return granted.key === key && granted.granted;
}
