/**
 * The content script entry, registered for the dashboard's origin by the background
 * (background/overlay-registration.ts) and injected into already-open tabs. It may be injected
 * twice (registration + injection, or after an extension reload): the newest instance takes over.
 */
import { ext as browser } from '../platform/extension-api.ts';
import { onBroadcast } from '../platform/on-broadcast.ts';
import { sendMessage } from '../platform/send-message.ts';
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

const profile = pickProfile(new URL(location.href));
// DOM events cross worlds: an older instance (even an orphaned one) hears this and stops.
document.dispatchEvent(new CustomEvent(TAKEOVER));
if (profile) {
  const overlay = startOverlay({
    profile,
    features: FEATURES,
    fetchData: (url) => sendMessage('overlay/data', { url }),
    onChanged(listener) {
      const unsubscribe = onBroadcast(() => listener());
      return () => {
        if (isAlive()) unsubscribe(); // an invalidated context throws on any API call
      };
    },
    isAlive,
  });
  document.addEventListener(TAKEOVER, () => overlay.stop(), { once: true });
}
