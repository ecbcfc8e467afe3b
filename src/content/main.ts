/**
 * The content script entry, registered for the dashboard's origin by the background
 * (background/overlay-registration.ts) and injected into already-open tabs. It may be injected
 * twice (registration + injection, or after an extension reload): the newest instance takes over.
 * The first overlay reply says whose dashboard this is (the configured source), which picks the
 * profile; that reply is also the overlay's first data.
 */
import { ext as browser } from '../platform/extension-api.ts';
import { onBroadcast } from '../platform/on-broadcast.ts';
import { sendMessage } from '../platform/send-message.ts';
import type { OverlayData } from '../messages.ts';
import { FEATURES } from './features/index.ts';
import { startOverlay } from './overlay.ts';
import { pickProfile } from './profile/pick-profile.ts';

const TAKEOVER = 'scansight:takeover';

/** True while this script's extension context is valid (false after a reload or removal). */
function isAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

const fetchData = (url: string): Promise<OverlayData> => sendMessage('overlay/data', { url });
let superseded = false;
// DOM events cross worlds: an older instance (even an orphaned one) hears this and stops.
document.dispatchEvent(new CustomEvent(TAKEOVER));
document.addEventListener(TAKEOVER, () => (superseded = true), { once: true });

async function boot(): Promise<void> {
  let initial: OverlayData | null = null;
  // A worker starting up can miss the first message: a few tries, then the overlay stays off on this page.
  for (let attempt = 0; initial === null && attempt < 3; attempt++) {
    try {
      initial = await fetchData(location.href);
    } catch (error) {
      if (!isAlive() || attempt === 2) {
        if (isAlive()) console.warn('ScanSight: overlay data unavailable', error);
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 1000 * (attempt + 1)));
    }
  }
  if (!initial) return;
  const profile = pickProfile(new URL(location.href), initial.dashboard);
  if (!profile || superseded) return;
  const overlay = startOverlay({
    profile,
    features: FEATURES,
    fetchData,
    onChanged(listener) {
      const unsubscribe = onBroadcast(() => listener());
      return () => {
        if (isAlive()) unsubscribe(); // an invalidated context throws on any API call
      };
    },
    isAlive,
    initial,
  });
  document.addEventListener(TAKEOVER, () => overlay.stop(), { once: true });
}

void boot();
