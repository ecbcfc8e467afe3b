/**
 * Keeps the overlay's content script registered for exactly the configured dashboard origin:
 * registered when the overlay is enabled, a dashboard URL is set and its host permission granted;
 * unregistered otherwise. The background calls it at startup, after options/save and when host
 * permissions change (granted or revoked).
 */
import contentScript from '../content/main.ts?script&iife';
import { hasOrigins, originPattern } from '../platform/permissions.ts';
import { getRegisteredScript, injectIntoOpenTabs, registerScript, unregisterScript, type ContentScriptSpec } from '../platform/content-scripts.ts';
import type { Settings } from '../messages.ts';

export const OVERLAY_SCRIPT_ID = 'scansight-overlay';

/** The browser side, injectable for tests. */
export interface RegistrationDeps {
  scriptFile: string;
  hasOrigins(origins: string[]): Promise<boolean>;
  getRegisteredScript(id: string): Promise<ContentScriptSpec | null>;
  registerScript(spec: ContentScriptSpec): Promise<void>;
  unregisterScript(id: string): Promise<void>;
  injectIntoOpenTabs(matches: string[], file: string): Promise<number>;
}

export interface ReconcileOptions {
  /**
   * Also inject into open dashboard tabs when the registration did not change. Pass true after an
   * extension update or reload (runtime.onInstalled): open tabs then hold orphaned scripts.
   */
  injectOpenTabs?: boolean;
}

function sameSpec(a: ContentScriptSpec, b: ContentScriptSpec): boolean {
  return a.js.join('\n') === b.js.join('\n') && a.matches.join('\n') === b.matches.join('\n');
}

/** Builds the reconcile function over `deps`; calls are serialised (no duplicate-id races). */
export function createOverlayReconciler(deps: RegistrationDeps): (settings: Settings, options?: ReconcileOptions) => Promise<void> {
  let queue: Promise<void> = Promise.resolve();
  async function reconcile(settings: Settings, options: ReconcileOptions): Promise<void> {
    const pattern = settings.overlayEnabled ? originPattern(settings.dashboardUrl) : null;
    const wanted: ContentScriptSpec | null =
      pattern && (await deps.hasOrigins([pattern])) ? { id: OVERLAY_SCRIPT_ID, js: [deps.scriptFile], matches: [pattern] } : null;
    const current = await deps.getRegisteredScript(OVERLAY_SCRIPT_ID);
    if (!wanted) {
      if (current) await deps.unregisterScript(OVERLAY_SCRIPT_ID);
      return;
    }
    const unchanged = current !== null && sameSpec(current, wanted);
    if (!unchanged) {
      if (current) await deps.unregisterScript(OVERLAY_SCRIPT_ID);
      await deps.registerScript(wanted);
    }
    // Registration only reaches pages loaded from now on: bring the overlay to open tabs too.
    if (!unchanged || options.injectOpenTabs) await deps.injectIntoOpenTabs(wanted.matches, deps.scriptFile);
  }
  return (settings, options = {}) => {
    const next = queue.then(() => reconcile(settings, options));
    queue = next.catch(() => undefined);
    return next;
  };
}

/** Registers, updates or removes the overlay's content script to match `settings` and permissions. */
export const reconcileOverlayRegistration = createOverlayReconciler({
  scriptFile: contentScript,
  hasOrigins,
  getRegisteredScript,
  registerScript,
  unregisterScript,
  injectIntoOpenTabs,
});
